public interface Walker {
    void walk();
    void run();
}
