public class Derived extends Base implements Iface {
}
