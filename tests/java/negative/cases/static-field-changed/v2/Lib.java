public class Lib { public int counter = 1; }
