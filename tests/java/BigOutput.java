// Lots of output through System.out and System.err (buffering, flushing at exit, print variants).
public class BigOutput {
    public static void main(String[] args) {
        for (int i = 0; i < 20000; i++) {
            System.out.println("line " + i + " " + (i * 2654435761L % 1000003));
            if (i % 1000 == 0) System.err.println("progress " + i);
        }
        for (int i = 0; i < 500; i++) System.out.print((char) ('a' + i % 26));
        System.out.println();
        System.out.print(1); System.out.print(2L); System.out.print(3.5); System.out.print(4.5f); System.out.print(true);
        System.out.print('c'); System.out.print(new char[] {'x', 'y'}); System.out.print((Object) null); System.out.print((String) null);
        System.out.println();
        System.out.println(new char[] {'a', 'r', 'r'});
        System.out.println((Object) "object");
        System.out.write('W');
        System.out.write(new byte[] {'X', 'Y', 'Z', '\n'}, 1, 3);
        System.out.print("no newline at the end");
    }
}
