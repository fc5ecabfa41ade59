// main-args: tests/java/FileRead
// Reading files: java.io.File's queries, FileInputStream (all read variants, available, skip
// forwards, backwards and past the end, close), FileReader + BufferedReader over UTF-8 text,
// and the exceptions for missing files, directories and closed streams. The argument is the
// directory holding this test's data files, as a path from the current directory.
import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileReader;
import java.io.IOException;
import java.io.InputStream;

public class FileRead {
    static String dir;

    public static void main(String[] args) throws IOException {
        dir = args[0];
        files();
        wholeFiles();
        readVariants();
        skipping();
        reader();
        errors();
    }

    static void describe(File f) {
        System.out.println("[" + f + "] name=" + f.getName() + " parent=" + f.getParent()
                + " exists=" + f.exists() + " file=" + f.isFile() + " dir=" + f.isDirectory()
                + (f.isFile() ? " length=" + f.length() : "") + " abs=" + f.isAbsolute());
    }

    static void files() {
        describe(new File(dir));
        describe(new File(dir + "/"));
        describe(new File(dir, "lines.txt"));
        describe(new File(new File(dir), "sub//note.txt"));
        describe(new File(dir + "//empty.txt"));
        describe(new File(dir, "bytes.bin"));
        describe(new File(dir, "missing.txt"));
        describe(new File(dir + "/sub"));
        describe(new File(""));
        File a = new File(dir, "lines.txt"), b = new File(dir + "/lines.txt");
        System.out.println("equal=" + a.equals(b) + " same hash=" + (a.hashCode() == b.hashCode())
                + " compare=" + a.compareTo(new File(dir, "a")) + " parentFile=" + a.getParentFile());
        System.out.println("missing length=" + new File(dir, "missing.txt").length());
    }

    static int checksum(InputStream in) throws IOException {
        int sum = 0, n = 0, c;
        while ((c = in.read()) != -1) {
            sum = sum * 31 + c;
            n++;
        }
        System.out.println("  " + n + " bytes, checksum " + sum + ", then " + in.read());
        return n;
    }

    static void wholeFiles() throws IOException {
        for (String name : new String[] { "lines.txt", "empty.txt", "bytes.bin", "sub/note.txt" }) {
            System.out.println(name + ":");
            try (FileInputStream in = new FileInputStream(dir + "/" + name)) {
                System.out.println("  available " + in.available());
                checksum(in);
                System.out.println("  available " + in.available());
            }
        }
        try (FileInputStream in = new FileInputStream(new File(dir, "bytes.bin"))) {
            System.out.println("from a File: first byte " + in.read() + ", second " + in.read());
        }
    }

    static void readVariants() throws IOException {
        try (FileInputStream in = new FileInputStream(dir + "/bytes.bin")) {
            byte[] buf = new byte[100];
            System.out.println("read(b) = " + in.read(buf) + ", b[99] = " + buf[99]);
            System.out.println("read(b, 10, 5) = " + in.read(buf, 10, 5) + ", b[10..14] = " + buf[10]
                    + " " + buf[11] + " " + buf[12] + " " + buf[13] + " " + buf[14]);
            System.out.println("read(b, 0, 0) = " + in.read(buf, 0, 0));
            int total = 105, n;
            byte[] big = new byte[300];
            while ((n = in.read(big, 0, big.length)) > 0)
                total += n;
            System.out.println("rest read in chunks, total " + total + ", then " + n);
            try {
                in.read(buf, 95, 10);
            } catch (IndexOutOfBoundsException e) {
                System.out.println("bad range: " + e.getClass().getName());
            }
            try {
                in.read(null, 0, 1);
            } catch (NullPointerException e) {
                System.out.println("null buffer: " + e.getClass().getName());
            }
        }
    }

    static void skipping() throws IOException {
        try (FileInputStream in = new FileInputStream(dir + "/bytes.bin")) {
            System.out.println("skip(10) = " + in.skip(10) + ", read " + in.read() + ", available "
                    + in.available());
            System.out.println("skip(-5) = " + in.skip(-5) + ", read " + in.read() + ", available "
                    + in.available());
            System.out.println("skip(0) = " + in.skip(0) + ", read " + in.read());
            System.out.println("skip(2000) = " + in.skip(2000) + ", available " + in.available()
                    + ", read " + in.read());
            System.out.println("skip(-1500) = " + in.skip(-1500) + ", read " + in.read());
            try {
                in.skip(-5000);
            } catch (IOException e) {
                System.out.println("skip before the start: " + e.getMessage());
            }
            System.out.println("still at " + in.read());
        }
    }

    /* non-ASCII as \\uXXXX: the console's encoding is not the test's business */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray())
            sb.append(c < 128 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        return sb.toString();
    }

    static void reader() throws IOException {
        try (BufferedReader r = new BufferedReader(new FileReader(dir + "/lines.txt"))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                System.out.println("line " + n + " (" + line.length() + " chars): " + escape(line));
            }
        }
        try (FileReader r = new FileReader(new File(dir, "sub/note.txt"))) {
            char[] cs = new char[64];
            int n = r.read(cs);
            System.out.println("FileReader(File) read " + n + " chars: " + new String(cs, 0, n).trim()
                    + ", then " + r.read());
        }
    }

    static void errors() throws IOException {
        for (String name : new String[] { dir + "/missing.txt", dir + "/sub/", dir + "/nodir/x", "" }) {
            try {
                new FileInputStream(name).close();
                System.out.println("opened " + name);
            } catch (FileNotFoundException e) {
                System.out.println("FileNotFoundException: " + e.getMessage());
            }
        }
        try {
            new FileReader(dir + "/missing.txt");
        } catch (FileNotFoundException e) {
            System.out.println("FileReader: " + e.getMessage());
        }
        try {
            new FileInputStream((String) null);
        } catch (NullPointerException e) {
            System.out.println("null name: NullPointerException");
        }
        FileInputStream in = new FileInputStream(dir + "/lines.txt");
        in.close();
        in.close();
        try {
            in.read();
        } catch (IOException e) {
            System.out.println("read after close: " + e.getMessage());
        }
        try {
            in.available();
        } catch (IOException e) {
            System.out.println("available after close: " + e.getMessage());
        }
        try {
            in.skip(1);
        } catch (IOException e) {
            System.out.println("skip after close: " + e.getMessage());
        }
    }
}
