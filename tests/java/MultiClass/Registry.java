import java.util.ArrayList;
import java.util.List;
import geom.Point;

class Registry {
    private final List<Point> points = new ArrayList<>();
    void add(Point p) { points.add(p); }
    String describe() { return points.size() + " points: " + points; }
}
