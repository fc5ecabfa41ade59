// NaN and infinities: arithmetic, comparisons, signed zero, Double/Float helper methods.
public class FloatSpecial {
    public static void main(String[] args) {
        double nan = Double.NaN, inf = Double.POSITIVE_INFINITY;
        double zero = 0.0, negZero = -0.0;
        System.out.println(nan == nan);
        System.out.println(nan != nan);
        System.out.println(nan < 1 || nan > 1 || nan == 1);
        System.out.println(Double.isNaN(0.0 / 0.0));
        System.out.println(inf - inf);
        System.out.println(inf * 0);
        System.out.println(inf + 1);
        System.out.println(-inf);
        System.out.println(1 / negZero);
        System.out.println(zero == negZero);
        System.out.println(Double.compare(zero, negZero));
        System.out.println(Double.valueOf(zero).equals(negZero));
        System.out.println(Double.valueOf(nan).equals(Double.NaN));
        System.out.println(Double.compare(nan, inf));
        System.out.println(Math.min(zero, negZero));
        System.out.println(Math.max(negZero, zero));
        System.out.println(Math.min(1.0, nan));
        System.out.println(Math.sqrt(-1));
        System.out.println(Double.isInfinite(1e308 * 10));
        System.out.println(Double.MAX_VALUE * 2);
        System.out.println(Double.MIN_VALUE / 2);
        System.out.println(-Double.MIN_VALUE / 2);
        System.out.println(Float.NaN == Float.NaN);
        System.out.println(Float.MAX_VALUE * 2f);
        System.out.println((float) 1e40);
        System.out.println((float) -1e-50);
        System.out.println(Double.doubleToLongBits(nan));
        System.out.println(Long.toHexString(Double.doubleToLongBits(-0.0)));
        System.out.println(Integer.toHexString(Float.floatToIntBits(Float.NaN)));
        System.out.println(Integer.toHexString(Float.floatToIntBits(-1.5f)));
        System.out.println(Double.longBitsToDouble(0x7ff0000000000000L));
        System.out.println(Float.intBitsToFloat(0x3f800000));
        System.out.println(Double.isFinite(nan) + " " + Double.isFinite(1.0));
        double[] vals = {nan, inf, -inf, 0.0, -0.0, 1.0};
        for (double a : vals) {
            StringBuilder sb = new StringBuilder();
            for (double b : vals) {
                sb.append(a < b ? '<' : a > b ? '>' : a == b ? '=' : '?');
            }
            System.out.println(sb);
        }
        System.out.println(Double.hashCode(1.5) + " " + Double.valueOf(-0.0).hashCode() + " " + Float.hashCode(2.5f));
        System.out.println(nan % 2 + " " + 5.5 % 2 + " " + -5.5 % 2 + " " + 5.5 % inf + " " + inf % 2);
    }
}
