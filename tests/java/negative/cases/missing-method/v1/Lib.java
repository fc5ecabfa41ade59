public class Lib { public static int compute(int x) { return x + 1; } }
