// Parsing and printing of boxes: radix, unsigned, NumberFormatException, Character helpers.
public class BoxParse {
    static void tryParse(String s) {
        try {
            System.out.println("parseInt(" + s + ") = " + Integer.parseInt(s));
        } catch (NumberFormatException e) {
            System.out.println("NFE " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        tryParse("123");
        tryParse("-2147483648");
        tryParse("2147483648");
        tryParse("+17");
        tryParse("");
        tryParse("12a");
        tryParse("-");
        tryParse("007");
        System.out.println(Integer.parseInt("ff", 16) + " " + Integer.parseInt("-1010", 2) + " " + Integer.parseInt("zz", 36)
            + " " + Integer.valueOf("77", 8) + " " + Long.parseLong("-9223372036854775808") + " " + Long.parseLong("7fffffffffffffff", 16));
        System.out.println(Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Integer.toHexString(-1)
            + " " + Integer.toBinaryString(10) + " " + Integer.toOctalString(-8) + " " + Long.toHexString(-2L)
            + " " + Long.toBinaryString(5L) + " " + Long.toString(Long.MIN_VALUE, 36));
        System.out.println(Integer.toString(Integer.MIN_VALUE) + " " + Long.toString(Long.MAX_VALUE) + " " + Short.parseShort("-300")
            + " " + Byte.parseByte("7f", 16) + " " + Integer.valueOf(42).toString() + " " + Integer.decode("0x1F") + " " + Integer.decode("-010"));
        try {
            Byte.parseByte("200");
        } catch (NumberFormatException e) {
            System.out.println("NFE " + e.getMessage());
        }
        try {
            Long.parseLong("9223372036854775808");
        } catch (NumberFormatException e) {
            System.out.println("NFE " + e.getMessage());
        }
        System.out.println(Double.parseDouble("3.25") + " " + Double.parseDouble("1e-5") + " " + Double.valueOf("-0") + " "
            + Double.parseDouble("  42  ") + " " + Double.parseDouble("Infinity") + " " + Double.parseDouble("NaN")
            + " " + Double.parseDouble("0x1p4") + " " + Double.parseDouble("1.7976931348623157e308") + " " + Double.parseDouble(".5")
            + " " + Double.parseDouble("2.") + " " + Double.parseDouble("1d") + " " + Double.parseDouble("4.9e-324"));
        System.out.println(Double.parseDouble("0.1000000000000000055511151231257827021181583404541015625") + " "
            + Double.parseDouble("2.4703282292062328e-324") + " " + Double.parseDouble("123456789012345678901234567890"));
        try {
            Double.parseDouble("1.2.3");
        } catch (NumberFormatException e) {
            System.out.println("NFE (message is OpenJDK-specific)");
        }
        System.out.println(Integer.MAX_VALUE + " " + Integer.MIN_VALUE + " " + Short.MIN_VALUE + " " + Byte.MAX_VALUE + " "
            + (int) Character.MAX_VALUE + " " + Long.MIN_VALUE + " " + Integer.SIZE + " " + Long.BYTES);
        System.out.println(Character.isDigit('7') + " " + Character.isLetter('q') + " " + Character.isLetterOrDigit('_')
            + " " + Character.isWhitespace('\t') + " " + Character.isUpperCase('Q') + " " + Character.toUpperCase('z')
            + " " + Character.toLowerCase('M') + " " + Character.digit('f', 16) + " " + Character.forDigit(11, 16)
            + " " + Character.getNumericValue('9') + " " + Character.isAlphabetic('x') + " " + Character.toString('k'));
        System.out.println(Integer.signum(-9) + " " + Integer.max(3, 9) + " " + Integer.sum(2, 3) + " " + Long.signum(0)
            + " " + Integer.hashCode(77) + " " + Long.hashCode(-1L) + " " + Boolean.hashCode(true) + " " + Character.hashCode('a'));
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Integer.toUnsignedString(-1) + " "
            + Long.toUnsignedString(-1L) + " " + Integer.toUnsignedLong(-2));
    }
}
