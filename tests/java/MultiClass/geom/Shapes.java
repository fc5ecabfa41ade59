package geom;

public final class Shapes {
    static int created;
    private Shapes() { }
    public static int count() { return created; }
    public static Point origin() { return new Point(0, 0); }
}
