// Strings: StringBuilder appends of mixed types, toString, substring, indexOf, hashCode, concat.
public class StringBuild {
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12000;
        long acc = 0;
        for (int r = 0; r < rounds; r++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 10; i++) sb.append("item").append(i).append('=').append(r * 31 + i).append(';');
            String s = sb.toString();
            acc += s.hashCode() + s.indexOf("item7") + s.substring(5, 20).length();
            String t = "r" + r + ":" + s.length();
            acc += t.charAt(t.length() - 1);
        }
        System.out.println("checksum " + acc);
    }
}
