public class Lib { public int count = 3; }
