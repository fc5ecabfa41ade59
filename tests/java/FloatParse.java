// Float.parseFloat/Double.parseDouble are correctly rounded: no double rounding through double,
// halfway cases round to even, over- and underflow, and hexadecimal floating literals.
public class FloatParse {
    public static void main(String[] args) {
        String[] fs = {"1.00000017881393432617187499", "1.000000178813934326171875", "1.00000017881393432617187501",
            "3.4028235e38", "3.4028236e38", "3.4028235677973366e38", "1.4e-45", "7.0e-46", "7.1e-46", "1.17549435E-38",
            "0.1", "16777217", "16777219", "0x1.fffffep127", "-0x1p-149", "1e-50", "8.5070592e37", "2.5e-45"};
        for (String s : fs) {
            float f = Float.parseFloat(s);
            System.out.println(s + " -> " + Integer.toHexString(Float.floatToIntBits(f)));
        }
        String[] ds = {"9007199254740993", "9007199254740995", "2.2250738585072011e-308", "2.2250738585072012e-308",
            "1.7976931348623158e308", "1.7976931348623159e308", "4.9406564584124654e-324", "2.4703282292062327e-324",
            "2.4703282292062328e-324", "0.30000000000000004", "123456789012345678901234567890e-30", "1e23", "8.41e21",
            "0x1.0000000000001p0", "-0x.8p1", "1__0".replace("_", "")};
        for (String s : ds) {
            double d = Double.parseDouble(s);
            System.out.println(s + " -> " + Long.toHexString(Double.doubleToLongBits(d)));
        }
        System.out.println(Float.valueOf("  -0.0  ") + " " + Float.parseFloat("Infinity") + " " + Float.parseFloat("-NaN") + " " + Float.parseFloat("1f"));
    }
}
