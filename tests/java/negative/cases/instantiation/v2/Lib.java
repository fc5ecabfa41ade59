public abstract class Lib { }
