public class Lib { public long count = 3; }
