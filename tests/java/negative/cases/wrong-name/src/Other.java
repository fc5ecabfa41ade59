public class Other { }
