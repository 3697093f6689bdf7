package org.onetrip.kiosk.powercut;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * SQLite on the power-cut disk, in a process of its own. The disk is served by the test's own JVM, and
 * SQLite maps its {@code -shm} file into memory: a page fault on the disk from the JVM that serves it
 * would wait on itself. So every database on the disk is used from a child like this one.
 *
 * <p>{@code commit DB SYNCHRONOUS}: inserts a row in WAL mode with that {@code PRAGMA synchronous},
 * prints {@code committed} and waits to be killed. {@code count DB}: prints {@code rows N integrity R}.
 * {@code integrity DB}: prints the database's {@code PRAGMA integrity_check} answer.
 */
public final class SqliteProbe {

    private SqliteProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            switch (args[0]) {
                case "commit" -> {
                    s.execute("PRAGMA journal_mode=WAL");
                    s.execute("PRAGMA synchronous=" + args[2]);
                    s.execute("CREATE TABLE IF NOT EXISTS t(x TEXT)");
                    s.execute("INSERT INTO t VALUES ('filed')");
                    System.out.println("committed");
                    System.out.flush();
                    System.in.read(); // until the power fails
                }
                case "count" -> {
                    long rows = 0;
                    try (ResultSet t = s.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE name = 't'")) {
                        t.next();
                        if (t.getLong(1) == 1) {
                            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM t")) {
                                r.next();
                                rows = r.getLong(1);
                            }
                        }
                    }
                    System.out.println("rows " + rows + " integrity " + integrity(s));
                }
                case "integrity" -> System.out.println(integrity(s));
                default -> throw new IllegalArgumentException("commit, count or integrity, not " + args[0]);
            }
        }
    }

    static String integrity(Statement s) throws java.sql.SQLException {
        List<String> problems = new ArrayList<>();
        try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            while (r.next()) {
                problems.add(r.getString(1));
            }
        }
        return String.join("; ", problems);
    }

    /** Starts {@code args} in a child JVM on this test's class path. */
    public static Process start(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** The child's first line of output, within a minute. */
    public static String firstLine(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!child.waitFor(0, TimeUnit.SECONDS) && line == null) {
            child.destroyForcibly();
        }
        return line;
    }
}
