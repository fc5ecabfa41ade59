import java.util.ArrayList;
import java.util.List;

public class Hello {
    public static void main(String[] args) {
        List<String> words = new ArrayList<>();
        words.add("hello");
        Runnable r = () -> System.out.println(words.get(0));
        r.run();
        int[] a = new int[2];
        int[] b = a.clone();
        System.out.println(b.length);
    }
}
