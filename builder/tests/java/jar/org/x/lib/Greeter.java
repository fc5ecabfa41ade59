package org.x.lib;

public class Greeter {
    public static String greet(String who) {
        return "hello, " + who;
    }
}
