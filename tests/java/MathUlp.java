// Math's floating-point inspection helpers: ulp, nextUp/nextAfter, getExponent, scalb, IEEEremainder.
public class MathUlp {
    public static void main(String[] args) {
        System.out.println(Math.ulp(1.0) + " " + Math.ulp(1e300) + " " + Math.ulp(0.0) + " " + Math.ulp(1.0f));
        System.out.println(Math.nextUp(1.0) + " " + Math.nextUp(-0.0) + " " + Math.nextAfter(1.0, 0) + " " + Math.nextDown(1.0) + " " + Math.nextUp(1.0f));
        System.out.println(Math.getExponent(1024.0) + " " + Math.getExponent(0.1) + " " + Math.getExponent(0.0) + " " + Math.getExponent(Double.NaN)
            + " " + Math.getExponent(Double.MIN_VALUE) + " " + Math.getExponent(3.0f));
        System.out.println(Math.scalb(1.5, 4) + " " + Math.scalb(1.0, -1075) + " " + Math.scalb(1.0, 1024) + " " + Math.scalb(3.0f, -2));
        System.out.println(Math.IEEEremainder(10, 3) + " " + Math.IEEEremainder(11, 3) + " " + Math.IEEEremainder(-7.5, 2));
    }
}
