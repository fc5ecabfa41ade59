package org.example.multi;

import org.example.text.Words;

/* Greeter.java: builds one greeting per name and counts them. */
public class Greeter {
    private final String greeting;
    private int count;

    public Greeter(String greeting) {
        this.greeting = greeting;
    }

    public String greet(String who) {
        count++;
        return greeting + ", " + Words.capitalise(who) + "!";
    }

    public int count() {
        return count;
    }
}
