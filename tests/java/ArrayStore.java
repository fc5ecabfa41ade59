// ArrayStoreException: covariant arrays check stores at run time; message is the stored class.
public class ArrayStore {
    interface Shape { }
    static class Square implements Shape { }
    static class Circle implements Shape { }

    public static void main(String[] args) {
        Object[] strings = new String[2];
        try {
            strings[0] = Integer.valueOf(1);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        strings[1] = "fine";
        strings[0] = null;
        System.out.println(strings[1] + " " + strings[0]);
        Shape[] squares = new Square[1];
        try {
            squares[0] = new Circle();
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        Object[] shapes = new Shape[2];
        shapes[0] = new Square();
        shapes[1] = new Circle();
        try {
            shapes[1] = "not a shape";
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        Object[][] grid = new Integer[2][2];
        try {
            grid[0] = new String[1];
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        Object[] objects = new Object[1];
        objects[0] = new int[3];
        System.out.println("Object[] holds anything: " + (objects[0] instanceof int[]));
        Number[] nums = new Integer[1];
        try {
            nums[0] = Double.valueOf(1.5);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        Object[] arrays = new int[1][];
        try {
            arrays[0] = new long[1];
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
    }
}
