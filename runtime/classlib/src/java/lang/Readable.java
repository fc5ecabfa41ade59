package java.lang;

/* No java.nio here: Readable is a marker of "something chars can be read from". */
public interface Readable {
}
