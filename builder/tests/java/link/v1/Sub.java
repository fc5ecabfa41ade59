/* A subclass may use a protected static member of q.Other: no problem expected. */
public class Sub extends q.Other {
    static void use() {
        prot();
    }
}
