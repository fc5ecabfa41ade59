public class LangTest { public static void main(String[] a) { System.out.println(Integer.toString(5)); } }
