class Helper {
    static final String NAME = "helper";
    static int twice(int x) { return 2 * x; }
}
