// Calls: interface and virtual dispatch over several receiver classes (megamorphic call sites).
public class Dispatch {
    interface Shape { int area(); int sides(); }
    static abstract class Base implements Shape { public int sides() { return 0; } abstract int weight(); }
    static final class Sq extends Base { final int s; Sq(int s) { this.s = s; } public int area() { return s * s; } public int sides() { return 4; } int weight() { return 1; } }
    static final class Rect extends Base { final int w, h; Rect(int w, int h) { this.w = w; this.h = h; } public int area() { return w * h; } public int sides() { return 4; } int weight() { return 2; } }
    static final class Tri extends Base { final int b, h; Tri(int b, int h) { this.b = b; this.h = h; } public int area() { return b * h / 2; } public int sides() { return 3; } int weight() { return 3; } }
    static final class Circle extends Base { final int r; Circle(int r) { this.r = r; } public int area() { return 3 * r * r; } int weight() { return 4; } }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2000000;
        Shape[] shapes = {new Sq(3), new Rect(2, 5), new Tri(4, 6), new Circle(2), new Sq(1), new Tri(2, 2)};
        Base[] bases = new Base[shapes.length];
        for (int i = 0; i < shapes.length; i++) bases[i] = (Base) shapes[i];
        long sum = 0;
        for (int i = 0; i < rounds; i++) {
            Shape s = shapes[i % shapes.length];
            sum += s.area() + s.sides() + bases[(i + 1) % bases.length].weight();
        }
        System.out.println("sum " + sum);
    }
}
