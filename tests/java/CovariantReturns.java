// Covariant return types and generic overrides: javac's bridge methods must dispatch correctly.
import java.util.*;

public class CovariantReturns {
    static class Animal {
        Animal self() { return this; }
        Object value() { return "animal"; }
        public String toString() { return "Animal"; }
    }

    static class Dog extends Animal {
        @Override Dog self() { return this; }
        @Override String value() { return "dog"; }
        String bark() { return "woof"; }
        public String toString() { return "Dog"; }
    }

    interface Source<T> { T get(); }

    static class IntSource implements Source<Integer> {
        int n;
        public Integer get() { return ++n; }
    }

    static abstract class Node<T extends Comparable<T>> implements Comparable<Node<T>> {
        abstract T key();
        public int compareTo(Node<T> o) { return key().compareTo(o.key()); }
    }

    static class StrNode extends Node<String> {
        final String k;
        StrNode(String k) { this.k = k; }
        String key() { return k; }
        public String toString() { return k; }
    }

    public static void main(String[] args) {
        Animal a = new Dog();
        System.out.println(a.self() + " " + a.value() + " " + new Dog().self().bark());
        Source<Integer> s = new IntSource();
        Source<?> raw = s;
        System.out.println(s.get() + s.get() + " " + raw.get());
        List<StrNode> nodes = new ArrayList<>(Arrays.asList(new StrNode("m"), new StrNode("c"), new StrNode("x")));
        Collections.sort(nodes);
        System.out.println(nodes + " " + Collections.max(nodes));
        Comparable<Node<String>> cmp = nodes.get(0);
        System.out.println(cmp.compareTo(nodes.get(2)) < 0);
    }
}
