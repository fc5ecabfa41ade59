// ClassCastException from checkcast (messages deliberately not printed), instanceof for all kinds.
import java.util.*;

public class ClassCast {
    static class Animal { }
    static class Dog extends Animal { }
    static class Cat extends Animal { }
    interface Pet { }
    static class Puppy extends Dog implements Pet { }

    static boolean cast(Object o, Class<?> c) {
        try {
            c.cast(o);
            return true;
        } catch (ClassCastException e) {
            return false;
        }
    }

    public static void main(String[] args) {
        Object dog = new Dog();
        try {
            Cat c = (Cat) dog;
            System.out.println("no exception " + c);
        } catch (ClassCastException e) {
            System.out.println("Dog to Cat: ClassCastException");
        }
        try {
            Object s = "string";
            Integer i = (Integer) s;
            System.out.println(i);
        } catch (ClassCastException e) {
            System.out.println("String to Integer: ClassCastException");
        }
        try {
            Object arr = new int[1];
            long[] l = (long[]) arr;
            System.out.println(l.length);
        } catch (ClassCastException e) {
            System.out.println("int[] to long[]: ClassCastException");
        }
        try {
            Object arr = new Object[] {"x"};
            String[] s = (String[]) arr;
            System.out.println(s.length);
        } catch (ClassCastException e) {
            System.out.println("Object[] to String[]: ClassCastException");
        }
        try {
            Pet p = (Pet) dog;
            System.out.println(p);
        } catch (ClassCastException e) {
            System.out.println("Dog to Pet: ClassCastException");
        }
        Object puppy = new Puppy();
        Pet p = (Pet) puppy;
        Animal a = (Animal) p;
        System.out.println("Puppy casts ok " + (a == puppy));
        Object nul = null;
        Cat fromNull = (Cat) nul;
        System.out.println("null casts to anything: " + fromNull);
        Object[] checks = {new Dog(), new Cat(), new Puppy(), "s", new String[0], new Dog[0], new Puppy[0], new int[0], new Object[0][], null};
        Class<?>[] types = {Animal.class, Dog.class, Pet.class, Object.class, Object[].class, Animal[].class, Pet[].class, Cloneable.class,
                            java.io.Serializable.class, Comparable.class, CharSequence.class};
        for (Object o : checks) {
            StringBuilder sb = new StringBuilder();
            for (Class<?> t : types) sb.append(t.isInstance(o) ? '1' : '0').append(cast(o, t) ? '1' : '0').append(' ');
            System.out.println(sb);
        }
        System.out.println((dog instanceof Animal) + " " + (dog instanceof Pet) + " " + (puppy instanceof Pet) + " " + (nul instanceof Object));
        Object ints = new Integer[] {1};
        System.out.println((ints instanceof Number[]) + " " + (ints instanceof Comparable[]) + " " + (ints instanceof Object[]));
        Object grid = new int[2][2];
        System.out.println((grid instanceof Object[]) + " " + (grid instanceof int[][]) + " " + (grid instanceof Cloneable));
        List<Object> mixed = new ArrayList<>(Arrays.asList(1, "two", 3.0));
        int count = 0;
        for (Object o : mixed) {
            try { Integer i = (Integer) o; count += i; } catch (ClassCastException e) { count += 100; }
        }
        System.out.println(count);
    }
}
