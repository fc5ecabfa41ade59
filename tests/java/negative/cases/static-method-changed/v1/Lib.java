public class Lib { public String name() { return "lib"; } }
