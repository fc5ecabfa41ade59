public class Lib { public static int answer() { return 42; } }
