public interface Base { }
