public class Impl extends Base { }
