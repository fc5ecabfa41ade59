/* Compiled with Missing, which make-fixtures.sh then deletes: the link check must notice. */
public class UsesMissing {
    public static void main(String[] args) {
        System.out.println(Missing.greeting());
    }
}
