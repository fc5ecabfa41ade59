public class Lib { public static int secret = 7; }
