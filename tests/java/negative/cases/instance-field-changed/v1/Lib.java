public class Lib { public int value = 1; }
