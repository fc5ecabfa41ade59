// switch on String: equal hash codes ("Aa"/"BB"), fall-through, default, null.
public class SwitchStrings {
    static String classify(String s) {
        switch (s) {
            case "Aa": return "Aa-branch";
            case "BB": return "BB-branch";
            case "apple":
            case "banana": return "fruit";
            case "": return "empty";
            default: return "other(" + s + ")";
        }
    }

    static int fall(String s) {
        int r = 0;
        switch (s) {
            case "one": r += 1;
            case "two": r += 10;
                break;
            case "three": r += 100;
            default: r += 1000;
        }
        return r;
    }

    public static void main(String[] args) {
        String[] in = {"Aa", "BB", "apple", "banana", "", "cherry", "AaAa", "BBBB", "AaBB"};
        for (String s : in) System.out.println(s + " -> " + classify(s));
        System.out.println(fall("one") + " " + fall("two") + " " + fall("three") + " " + fall("four"));
        try {
            classify(null);
        } catch (NullPointerException e) {
            System.out.println("null: NPE");
        }
        String built = new StringBuilder("ban").append("ana").toString();
        System.out.println(classify(built));
    }
}
