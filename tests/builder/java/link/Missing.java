public class Missing {
    public static String greeting() { return "hi"; }
}
