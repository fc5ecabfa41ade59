// ArithmeticException for integer / and % by zero (int and long); floating point never throws.
public class DivByZero {
    static int zero() { return 0; }

    public static void main(String[] args) {
        int a = 42, z = zero();
        try { System.out.println(a / z); } catch (ArithmeticException e) { System.out.println("idiv: " + e.getMessage()); }
        try { System.out.println(a % z); } catch (ArithmeticException e) { System.out.println("irem: " + e.getMessage()); }
        long la = 42L, lz = zero();
        try { System.out.println(la / lz); } catch (ArithmeticException e) { System.out.println("ldiv: " + e.getMessage()); }
        try { System.out.println(la % lz); } catch (ArithmeticException e) { System.out.println("lrem: " + e.getMessage()); }
        try { a /= z; } catch (ArithmeticException e) { System.out.println("compound: " + e); }
        try { System.out.println(0 / z); } catch (ArithmeticException e) { System.out.println("0/0: " + e.getMessage()); }
        System.out.println(1.0 / z);
        System.out.println(-1.0 / z);
        System.out.println(0.0 / z);
        System.out.println(5.0 % z);
        System.out.println(1.0f / z);
        System.out.println(a);
        int count = 0;
        for (int i = -3; i <= 3; i++) {
            try { count += 100 / i; } catch (ArithmeticException e) { count += 1000; }
        }
        System.out.println(count);
        try {
            divide(10, 0);
        } catch (ArithmeticException e) {
            System.out.println("from method: " + e.getMessage() + " " + (e instanceof RuntimeException));
        }
    }

    static int divide(int x, int y) { return x / y; }
}
