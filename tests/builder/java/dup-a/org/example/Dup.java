package org.example;

public class Dup {
    public static int value() { return 1; }
}
