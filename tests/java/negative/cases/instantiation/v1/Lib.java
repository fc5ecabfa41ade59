public class Lib { }
