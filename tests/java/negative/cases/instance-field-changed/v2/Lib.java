public class Lib { public static int value = 1; }
