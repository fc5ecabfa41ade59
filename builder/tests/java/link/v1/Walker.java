public interface Walker {
    void walk();
}
