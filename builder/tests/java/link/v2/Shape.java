public interface Shape {
}
