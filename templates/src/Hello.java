/* Hello.java: the starting point of a Stardust service (see service.yaml). */
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello from Stardust!");
        for (String arg : args)
            System.out.println("argument: " + arg);
    }
}
