package org.x;

public class Util {
    public static String name() {
        return "b";
    }
}
