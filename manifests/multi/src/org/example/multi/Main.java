package org.example.multi;

import org.example.text.Banner;

/* Main.java: greets every argument through Greeter, framed by the library's Banner. */
public class Main {
    public static void main(String[] args) {
        String greeting = System.getProperty("multi.greeting", "Hi");
        Greeter greeter = new Greeter(greeting);
        for (String who : args)
            System.out.println(Banner.frame(greeter.greet(who)));
        System.out.println(greeter.count() + " greetings");
    }
}
