public interface Iface {
    Integer SHARED = Integer.valueOf(7);
    default void fromDefault() {
    }
}
