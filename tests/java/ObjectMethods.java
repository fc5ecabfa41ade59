// equals/hashCode/toString contracts, getClass names, Object.toString format of user classes.
import java.util.*;

public class ObjectMethods {
    static final class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y;
        }
        @Override public int hashCode() { return 31 * x + y; }
        @Override public String toString() { return "(" + x + "," + y + ")"; }
    }

    static class Plain { }

    public static void main(String[] args) {
        Point a = new Point(1, 2), b = new Point(1, 2), c = new Point(2, 1);
        System.out.println(a.equals(b) + " " + a.equals(c) + " " + (a == b) + " " + a.hashCode() + " " + a + " " + a.equals(null));
        Set<Point> set = new HashSet<>(Arrays.asList(a, b, c));
        System.out.println(set.size() + " " + set.contains(new Point(2, 1)));
        Plain p = new Plain();
        String s = p.toString();
        System.out.println(s.startsWith("ObjectMethods$Plain@") + " " + s.substring(s.indexOf('@') + 1).equals(Integer.toHexString(p.hashCode())));
        System.out.println(p.equals(p) + " " + p.equals(new Plain()));
        System.out.println(a.getClass().getName() + " " + a.getClass().getSimpleName() + " " + String.class.getName() + " " + int.class.getName()
            + " " + int[].class.getName() + " " + Point[][].class.getName() + " " + Map.Entry.class.getName());
        System.out.println((a.getClass() == b.getClass()) + " " + (a.getClass() == Point.class) + " " + Point.class.getSuperclass().getName()
            + " " + Object.class.getSuperclass() + " " + Integer.class.getSuperclass().getName());
        System.out.println(String.class.isInstance("x") + " " + Number.class.isAssignableFrom(Integer.class) + " " + Integer.class.isAssignableFrom(Number.class)
            + " " + Runnable.class.isInterface() + " " + int[].class.isArray() + " " + int.class.isPrimitive() + " " + int[].class.getComponentType());
        System.out.println(String.class + " " + Runnable.class + " " + int.class + " " + long[].class);
        Object o = new Object();
        System.out.println(o.equals(o) + " " + o.getClass().getName());
    }
}
