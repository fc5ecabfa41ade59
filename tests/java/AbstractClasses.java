// Abstract classes: template methods, abstract methods implemented at several levels.
public class AbstractClasses {
    static abstract class Shape {
        private final String name;
        protected Shape(String name) { this.name = name; }
        abstract double area();
        abstract double perimeter();
        public String describe() {
            return name + " area=" + String.format("%.3f", area()) + " perimeter=" + String.format("%.3f", perimeter());
        }
    }

    static class Rect extends Shape {
        final double w, h;
        Rect(double w, double h) { this(w, h, "rect"); }
        Rect(double w, double h, String n) { super(n); this.w = w; this.h = h; }
        double area() { return w * h; }
        double perimeter() { return 2 * (w + h); }
    }

    static class Square extends Rect {
        Square(double s) { super(s, s, "square"); }
        public String describe() { return "[" + super.describe() + "]"; }
    }

    static class Circle extends Shape {
        final double r;
        Circle(double r) { super("circle"); this.r = r; }
        double area() { return Math.PI * r * r; }
        double perimeter() { return 2 * Math.PI * r; }
    }

    static abstract class Partial extends Shape {
        Partial() { super("partial"); }
        double perimeter() { return 0; }
    }

    static class Done extends Partial {
        double area() { return 1.5; }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Rect(2, 3), new Square(4), new Circle(1), new Done()};
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(s.describe());
            total += s.area();
        }
        System.out.println(String.format("total %.4f", total));
        System.out.println(shapes[1] instanceof Rect);
        System.out.println(shapes[3] instanceof Partial);
    }
}
