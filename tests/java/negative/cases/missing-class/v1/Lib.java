public class Lib { public String hello() { return "hello"; } }
