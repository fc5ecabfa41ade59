package geom;

public class Point {
    final int x, y;
    public Point(int x, int y) { this.x = x; this.y = y; Shapes.created++; }
    public double length() { return Math.sqrt(x * x + y * y); }
    @Override public String toString() { return "Point(" + x + "," + y + ")"; }
}
