// Interfaces: multiple implementation, constants, dispatch through many implementors, inheritance.
import java.util.*;

public class Interfaces {
    interface Shape { double area(); String NAME_PREFIX = "shape:"; }
    interface Named { String name(); }
    interface NamedShape extends Shape, Named { default String label() { return NAME_PREFIX + name() + "=" + area(); } }

    static class Sq implements NamedShape {
        final double s; Sq(double s) { this.s = s; }
        public double area() { return s * s; }
        public String name() { return "sq"; }
    }

    static class Tri implements NamedShape, Comparable<Tri> {
        final double b, h; Tri(double b, double h) { this.b = b; this.h = h; }
        public double area() { return b * h / 2; }
        public String name() { return "tri"; }
        public int compareTo(Tri o) { return Double.compare(area(), o.area()); }
    }

    static class Weird extends Sq implements Named, Runnable {
        Weird() { super(1); }
        public String name() { return "weird"; }
        public void run() { System.out.println("weird runs " + label()); }
    }

    public static void main(String[] args) {
        List<NamedShape> shapes = Arrays.asList(new Sq(2), new Tri(3, 4), new Weird(), new Sq(0.5));
        for (NamedShape s : shapes) System.out.println(s.label());
        double sum = 0;
        for (int i = 0; i < 100000; i++) sum += shapes.get(i & 3).area();
        System.out.println(sum);
        Object w = shapes.get(2);
        ((Runnable) w).run();
        System.out.println((w instanceof Shape) + " " + (w instanceof Comparable) + " " + Shape.NAME_PREFIX);
        List<Tri> tris = new ArrayList<>(Arrays.asList(new Tri(5, 5), new Tri(1, 1), new Tri(2, 3)));
        Collections.sort(tris);
        StringBuilder sb = new StringBuilder();
        for (Tri t : tris) sb.append(t.area()).append(' ');
        System.out.println(sb);
        Class<?>[] ifs = Tri.class.getInterfaces();
        System.out.println(ifs.length + " " + ifs[0].getName() + " " + ifs[1].getName());
    }
}
