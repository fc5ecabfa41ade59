public abstract class Thing {
}
