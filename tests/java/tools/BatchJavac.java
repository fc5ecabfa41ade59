// Compiles many independent test programs in one JVM (javac's start-up dominates one-file
// compiles, and the machine is small). Runs on the host's OpenJDK; never part of a test.
//
// usage: java BatchJavac SPECFILE [javac options...]
// SPECFILE: one test per line, tab-separated: NAME OUTDIR SOURCE...
// For each test, OUTDIR is emptied and its classes are written there; javac's messages go to
// OUTDIR.javac.log. Prints "OK NAME" or "ERR NAME" per test on stdout, in input order.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

public class BatchJavac {
    public static void main(String[] args) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> options = Arrays.asList(args).subList(1, args.length);
        for (String line : Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8)) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t");
            Path out = Paths.get(f[1]);
            deleteTree(out);
            Files.createDirectories(out);
            List<String> argv = new ArrayList<>(options);
            argv.add("-d");
            argv.add(out.toString());
            argv.addAll(Arrays.asList(f).subList(2, f.length));
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            int rc = javac.run(null, log, log, argv.toArray(new String[0]));
            Files.write(Paths.get(f[1] + ".javac.log"), log.toByteArray());
            System.out.println((rc == 0 ? "OK " : "ERR ") + f[0]);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (java.util.stream.Stream<Path> s = Files.walk(p)) {
            List<Path> all = new ArrayList<>();
            s.forEach(all::add);
            Collections.reverse(all);
            for (Path q : all) Files.delete(q);
        }
    }
}
