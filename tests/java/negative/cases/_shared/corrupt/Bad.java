public class Bad {
    int x = 42;
    public void run() { x++; }
    public String toString() { run(); return "Bad" + x; }
    public static void main(String[] args) { System.out.println(new Bad()); }
}
