public class NoMain {
    static void main(String[] args) {   // not public: the launcher would not find it
    }
    public void main() {
    }
}
