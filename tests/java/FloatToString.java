// Float.toString of simple and boundary values, and float arithmetic rounding to float.
public class FloatToString {
    public static void main(String[] args) {
        float[] fs = {0f, -0f, 1f, 0.1f, 0.2f, 0.1f + 0.2f, 1f / 3, 100f, 1e7f, 9999999f, 1e-3f, 123.456f,
            Float.MAX_VALUE, 3.4e38f, 1e10f, 2.5e-5f, 16777216f, 0.5f, 0.75f, 33.3f,
            Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1.1f, 2.2f, 3.3f};
        for (float f : fs) System.out.println(f);
        float acc = 0;
        for (int i = 0; i < 10; i++) { acc += 0.1f; System.out.println(acc); }
        float x = 1;
        for (int i = 0; i < 10; i++) { x *= 10; System.out.println(x); }
        System.out.println(Float.toString(1.0f / 7) + " " + Float.valueOf("2.5") + " " + Float.parseFloat("1e3"));
        System.out.println((double) 0.1f);
    }
}
