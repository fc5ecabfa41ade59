// java.lang.Math: exact functions printed exactly, transcendental ones rounded to 9 places.
public class MathTest {
    static String f(double d) { return String.format("%.9f", d); }

    public static void main(String[] args) {
        System.out.println(Math.abs(-5) + " " + Math.abs(-5L) + " " + Math.abs(-2.5) + " " + Math.abs(-0.0f) + " " + Math.abs(Integer.MIN_VALUE));
        System.out.println(Math.max(3, 7) + " " + Math.min(-3L, 2L) + " " + Math.max(1.5f, 2.5f) + " " + Math.min(Double.NaN, 0));
        double[] vs = {2.5, -2.5, 3.5, -0.5, 0.49999999999999994, 1e20, -1.1, 7.0};
        for (double v : vs) {
            System.out.println(v + ": floor " + Math.floor(v) + " ceil " + Math.ceil(v) + " rint " + Math.rint(v) + " round " + Math.round(v));
        }
        System.out.println(Math.sqrt(2) + " " + Math.sqrt(144) + " " + Math.sqrt(1e-300) + " " + Math.cbrt(27) + " " + Math.cbrt(-8));
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2, -2) + " " + Math.pow(0, 0) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(10, 15) + " " + Math.pow(-2, 3));
        System.out.println(Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + Math.floorDiv(7, -2) + " " + Math.floorMod(7, -2)
            + " " + Math.floorMod(-7L, 3L) + " " + Math.floorDiv(Integer.MIN_VALUE, -1));
        try { Math.addExact(Integer.MAX_VALUE, 1); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.multiplyExact(Long.MAX_VALUE, 2L); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.toIntExact(1L << 40); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.negateExact(Integer.MIN_VALUE); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        System.out.println(Math.addExact(2, 3) + " " + Math.subtractExact(10L, 3L) + " " + Math.incrementExact(5));
        System.out.println(Math.signum(-3.2) + " " + Math.signum(0.0) + " " + Math.signum(5f) + " " + Math.copySign(3.0, -0.0));
        System.out.println(Math.hypot(3, 4) + " " + Math.toDegrees(Math.PI) + " " + f(Math.toRadians(90)));
        System.out.println(f(Math.sin(1)) + " " + f(Math.cos(1)) + " " + f(Math.tan(0.5)) + " " + f(Math.atan(1)) + " " + f(Math.atan2(1, -1)));
        System.out.println(f(Math.exp(1)) + " " + f(Math.log(10)) + " " + f(Math.log10(2)) + " " + f(Math.asin(0.5)) + " " + f(Math.acos(0.5)));
        System.out.println(f(Math.sinh(1)) + " " + f(Math.cosh(1)) + " " + f(Math.tanh(1)) + " " + f(Math.expm1(1e-5)) + " " + f(Math.log1p(1e-5)));
        System.out.println(Math.sin(0) + " " + Math.cos(0) + " " + Math.exp(0) + " " + Math.log(1) + " " + Math.log(0) + " " + Math.log(-1));
        System.out.println(Math.PI + " " + Math.E + " " + StrictMath.sqrt(3) + " " + StrictMath.abs(-4));
        double sum = 0;
        for (int i = 1; i <= 1000; i++) sum += Math.sqrt(i) * Math.floor(i / 3.0);
        System.out.println(sum);
    }
}
