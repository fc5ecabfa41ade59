public interface Shape { String name(); int sides(); }
