public class Lib { public static int counter = 1; }
