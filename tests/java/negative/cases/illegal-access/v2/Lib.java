public class Lib { private static int secret = 7; }
