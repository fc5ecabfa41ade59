// Object.clone: Cloneable shallow copies, CloneNotSupportedException, covariant clone overrides.
import java.util.*;

public class CloneTest {
    static class Sheep implements Cloneable {
        String name; int[] wool; List<String> tags = new ArrayList<>();
        Sheep(String name) { this.name = name; wool = new int[] {1, 2}; }
        @Override public Sheep clone() {
            try { return (Sheep) super.clone(); } catch (CloneNotSupportedException e) { throw new AssertionError(e); }
        }
        Sheep deepClone() {
            Sheep s = clone();
            s.wool = wool.clone();
            s.tags = new ArrayList<>(tags);
            return s;
        }
    }

    static class NotCloneable {
        Object tryClone() throws CloneNotSupportedException { return super.clone(); }
    }

    static class Base implements Cloneable {
        int x = 1;
        public Object clone() throws CloneNotSupportedException { return super.clone(); }
    }

    static class Derived extends Base { long y = 2; String z = "z"; }

    public static void main(String[] args) throws Exception {
        Sheep dolly = new Sheep("dolly");
        dolly.tags.add("first");
        Sheep copy = dolly.clone();
        copy.name = "copy";
        copy.wool[0] = 99;
        copy.tags.add("shared");
        System.out.println(dolly.name + " " + dolly.wool[0] + " " + dolly.tags + " " + (copy != dolly) + " " + (copy.getClass() == Sheep.class));
        Sheep deep = dolly.deepClone();
        deep.wool[1] = -1;
        deep.tags.clear();
        System.out.println(dolly.wool[1] + " " + dolly.tags + " " + deep.tags);
        try {
            new NotCloneable().tryClone();
            System.out.println("cloned?!");
        } catch (CloneNotSupportedException e) {
            System.out.println("CloneNotSupportedException " + e.getMessage().endsWith("NotCloneable"));
        }
        Derived d = new Derived();
        d.x = 5; d.y = 6;
        Derived dc = (Derived) d.clone();
        System.out.println(dc.x + " " + dc.y + " " + dc.z + " " + (dc.z == d.z) + " " + dc.getClass().getSimpleName());
        ArrayList<Integer> al = new ArrayList<>(Arrays.asList(1, 2));
        @SuppressWarnings("unchecked") ArrayList<Integer> alc = (ArrayList<Integer>) al.clone();
        alc.add(3);
        System.out.println(al + " " + alc);
        HashMap<String, Integer> hm = new HashMap<>();
        hm.put("a", 1);
        @SuppressWarnings("unchecked") HashMap<String, Integer> hmc = (HashMap<String, Integer>) hm.clone();
        hmc.put("b", 2);
        System.out.println(hm + " " + hmc);
        long[][] grid = {{1, 2}, {3}};
        long[][] gc = grid.clone();
        System.out.println((gc[0] == grid[0]) + " " + gc.length);
    }
}
