public class Gone {
}
