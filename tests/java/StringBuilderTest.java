// StringBuilder: append of every type, insert, delete, reverse, setCharAt, setLength, indexOf.
public class StringBuilderTest {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(1).append('c').append(2L).append(3.5f).append(4.25).append(true).append((Object) null)
          .append((String) null).append(new char[] {'x', 'y'}).append("str").append(new StringBuilder("sb"));
        System.out.println(sb + " " + sb.length());
        sb.setLength(5);
        System.out.println(sb);
        sb.insert(0, "start-").insert(3, 99).insert(sb.length(), '!');
        System.out.println(sb);
        sb.delete(0, 3);
        System.out.println(sb);
        sb.deleteCharAt(0);
        System.out.println(sb);
        sb.reverse();
        System.out.println(sb);
        sb.setCharAt(0, '?');
        System.out.println(sb + " " + sb.charAt(1) + " " + sb.indexOf("t") + " " + sb.lastIndexOf("t"));
        sb.replace(1, 3, "REPLACED");
        System.out.println(sb);
        System.out.println(sb.substring(2) + " " + sb.substring(1, 4));
        sb.setLength(0);
        System.out.println("[" + sb + "]" + sb.length());
        sb.setLength(3);
        System.out.println(sb.charAt(0) == '\0');
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 10000; i++) big.append(i % 10);
        System.out.println(big.length() + " " + big.substring(9990));
        StringBuilder chain = new StringBuilder("abc");
        System.out.println(chain.append(chain).append(chain));
        StringBuffer buf = new StringBuffer("buffer");
        buf.append(1).insert(0, '<').append('>');
        System.out.println(buf + " " + buf.length());
        StringBuilder neg = new StringBuilder();
        neg.append(Integer.MIN_VALUE).append(' ').append(Long.MIN_VALUE).append(' ').append(-0.0).append(' ').append(1e-5f);
        System.out.println(neg);
        try {
            new StringBuilder("abc").charAt(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE");
        }
        try {
            new StringBuilder("abc").insert(4, "x");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE");
        }
        CharSequence cs = new StringBuilder("seq");
        System.out.println(cs.length() + " " + cs.subSequence(1, 3) + " " + cs.toString().equals("seq"));
    }
}
