// Several top-level classes in separate files and a package: cross-class calls, package access.
import geom.Point;
import geom.Shapes;

public class MultiClass {
    public static void main(String[] args) {
        Point p = new Point(3, 4);
        System.out.println(p + " " + p.length() + " " + Shapes.count());
        Registry r = new Registry();
        r.add(new Point(1, 1));
        r.add(Shapes.origin());
        System.out.println(r.describe());
        System.out.println(Helper.twice(21) + " " + Helper.NAME);
    }
}
