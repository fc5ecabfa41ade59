public class Lib { public static int compute(long x) { return (int) x + 2; } }
