/* The smallest Java service: a greeting (with the arguments, if any) and the wall-clock time
 * at which Java code ran, so the host can measure domain creation -> Java main. */
public class Hello {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("Hello from Java on Stardust");
        if (args.length > 0) {
            sb.append(", args:");
            for (String a : args)
                sb.append(" [").append(a).append(']');
        }
        System.out.println(sb);
        System.out.println("hello-wallclock-ms " + System.currentTimeMillis());
    }
}
