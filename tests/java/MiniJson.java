// Integration: a recursive-descent JSON parser and printer (strings, recursion, maps, lists).
import java.util.*;

public class MiniJson {
    private final String s;
    private int pos;

    MiniJson(String s) { this.s = s; }

    Object value() {
        skip();
        char c = s.charAt(pos);
        if (c == '{') return object();
        if (c == '[') return array();
        if (c == '"') return string();
        if (s.startsWith("true", pos)) { pos += 4; return Boolean.TRUE; }
        if (s.startsWith("false", pos)) { pos += 5; return Boolean.FALSE; }
        if (s.startsWith("null", pos)) { pos += 4; return null; }
        return number();
    }

    Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        pos++;
        skip();
        if (s.charAt(pos) == '}') { pos++; return m; }
        while (true) {
            skip();
            String k = string();
            skip();
            expect(':');
            m.put(k, value());
            skip();
            if (s.charAt(pos) == ',') { pos++; continue; }
            expect('}');
            return m;
        }
    }

    List<Object> array() {
        List<Object> l = new ArrayList<>();
        pos++;
        skip();
        if (s.charAt(pos) == ']') { pos++; return l; }
        while (true) {
            l.add(value());
            skip();
            if (s.charAt(pos) == ',') { pos++; continue; }
            expect(']');
            return l;
        }
    }

    String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (s.charAt(pos) != '"') {
            char c = s.charAt(pos++);
            if (c == '\\') {
                char e = s.charAt(pos++);
                switch (e) {
                    case 'n': sb.append('\n'); break;
                    case 't': sb.append('\t'); break;
                    case 'u': sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16)); pos += 4; break;
                    default: sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
        pos++;
        return sb.toString();
    }

    Number number() {
        int start = pos;
        while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) pos++;
        String n = s.substring(start, pos);
        if (n.indexOf('.') >= 0 || n.indexOf('e') >= 0 || n.indexOf('E') >= 0) return Double.parseDouble(n);
        long l = Long.parseLong(n);
        return (l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) ? (Number) (int) l : (Number) l;
    }

    void skip() { while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++; }

    void expect(char c) {
        if (s.charAt(pos) != c) throw new IllegalArgumentException("expected " + c + " at " + pos + " got " + s.charAt(pos));
        pos++;
    }

    static String print(Object o) {
        if (o instanceof Map) {
            StringJoiner j = new StringJoiner(",", "{", "}");
            for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) j.add(print(e.getKey()) + ":" + print(e.getValue()));
            return j.toString();
        }
        if (o instanceof List) {
            StringJoiner j = new StringJoiner(",", "[", "]");
            for (Object x : (List<?>) o) j.add(print(x));
            return j.toString();
        }
        if (o instanceof String) {
            StringBuilder sb = new StringBuilder("\"");
            for (char c : ((String) o).toCharArray()) {
                if (c == '"' || c == '\\') sb.append('\\').append(c);
                else if (c == '\n') sb.append("\\n");
                else if (c < 32 || c > 126) sb.append(String.format("\\u%04x", (int) c));
                else sb.append(c);
            }
            return sb.append('"').toString();
        }
        return String.valueOf(o);
    }

    public static void main(String[] args) {
        String doc = "{ \"name\": \"stardust\", \"version\": 1, \"ratio\": 0.25, \"big\": 12345678901,"
            + " \"tags\": [\"vm\", \"unikernel\", \"java\"], \"nested\": {\"a\": [1, 2, {\"b\": null}], \"ok\": true, \"no\": false},"
            + " \"esc\": \"line\\nnext \\\"q\\\" \\u00e9\", \"empty\": {}, \"list\": [], \"neg\": -3.5e2 }";
        Object v = new MiniJson(doc).value();
        System.out.println(print(v));
        Map<?, ?> m = (Map<?, ?>) v;
        System.out.println(m.get("version").getClass().getSimpleName() + " " + m.get("big").getClass().getSimpleName() + " " + m.get("neg"));
        StringBuilder big = new StringBuilder("[");
        for (int i = 0; i < 2000; i++) big.append(i == 0 ? "" : ",").append("{\"i\":").append(i).append(",\"sq\":").append((long) i * i).append('}');
        big.append(']');
        List<?> l = (List<?>) new MiniJson(big.toString()).value();
        long sum = 0;
        for (Object o : l) sum += ((Number) ((Map<?, ?>) o).get("sq")).longValue();
        System.out.println(l.size() + " " + sum + " " + print(l).length());
        try {
            new MiniJson("{\"a\" 1}").value();
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
