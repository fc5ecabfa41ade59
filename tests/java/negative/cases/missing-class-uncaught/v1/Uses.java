public class Uses {
    public static void main(String[] args) {
        System.out.println("before");
        System.out.println(Lib.answer());
    }
}
