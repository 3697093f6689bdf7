package org.onetrip.kiosk.keys;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A TPM 2.0 for a test class: Debian's {@code swtpm} on loopback ports, {@code tpm2-abrmd} as
 * its resource manager on a private D-Bus (swtpm keeps only three objects loaded and
 * {@code tpm2_ptool} would fill them: "out of memory for object contexts"; a kiosk uses the
 * kernel's {@code /dev/tpmrm0} instead), and a tpm2-pkcs11 store with one token per label given,
 * all made before the test class first loads the PKCS#11 module.
 *
 * <p>tpm2-pkcs11 reads its store and TCTI from the environment once per JVM, so kiosk-core's
 * Surefire configuration sets {@code TPM2_PKCS11_STORE}, {@code TPM2_PKCS11_TCTI} (tabrmd on a
 * session bus) and {@code DBUS_SESSION_BUS_ADDRESS}, and this extension starts the bus and
 * daemons there. Only one test class in a JVM may use it: the module stays connected to this
 * class's daemons.
 *
 * <p>A missing package fails the class with what to install; only {@code ONETRIP_NO_TPM} in the
 * environment skips it.
 */
final class SoftwareTpm implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    static final String USER_PIN = "246810";
    private static final String SO_PIN = "13579111";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final String INSTALL_HINT = "install the Debian packages swtpm swtpm-tools tpm2-tools libtpm2-pkcs11-1 "
            + "libtpm2-pkcs11-tools tpm2-abrmd libtss2-tcti-tabrmd0 dbus-daemon (./onetrip test does), "
            + "or set ONETRIP_NO_TPM=1 to skip the TPM tests on a machine without them";

    private final List<String> tokenLabels;
    private final Map<String, Long> slots = new HashMap<>();
    private final List<Daemon> daemons = new ArrayList<>();
    private Path directory;
    private Path pinFile;
    private String tcti;

    SoftwareTpm(String... tokenLabels) {
        this.tokenLabels = List.of(tokenLabels);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (skipped()) {
            return;
        }
        String swtpm = binary("swtpm");
        String abrmd = binary("tpm2-abrmd");
        String dbusDaemon = binary("dbus-daemon");
        binary("tpm2_ptool");
        binary("tpm2_getcap");
        if (!Files.isRegularFile(IdentityKeySettings.TpmToken.DEBIAN_MODULE)) {
            throw new IllegalStateException("the PKCS#11 module " + IdentityKeySettings.TpmToken.DEBIAN_MODULE
                    + " is not installed; " + INSTALL_HINT);
        }
        Path store = Path.of(environment("TPM2_PKCS11_STORE"));
        if (!store.endsWith(Path.of("target", "swtpm", "store"))) {
            // the store is wiped for each run: never one outside the build directory
            throw new IllegalStateException("TPM2_PKCS11_STORE is " + store + ", not the build's target/swtpm/store: "
                    + "run the TPM tests through Maven, whose Surefire configuration in kiosk-core/pom.xml sets it");
        }
        tcti = environment("TPM2_PKCS11_TCTI");
        Matcher busName = Pattern.compile("bus_name=([^,]+)").matcher(tcti);
        Matcher busPath = Pattern.compile("^unix:path=(.+)$").matcher(environment("DBUS_SESSION_BUS_ADDRESS"));
        if (!tcti.startsWith("tabrmd:") || !busName.find() || !busPath.find()) {
            throw new IllegalStateException("TPM2_PKCS11_TCTI must name tabrmd on a session bus and DBUS_SESSION_BUS_ADDRESS "
                    + "a unix:path=, as kiosk-core's Surefire configuration sets them");
        }

        directory = Files.createTempDirectory("onetrip-swtpm");
        deleteTree(store);
        Files.createDirectories(store);
        Path bus = Path.of(busPath.group(1));
        Files.createDirectories(bus.getParent());
        Files.deleteIfExists(bus);
        daemons.add(Daemon.start(List.of(dbusDaemon, "--session", "--address=unix:path=" + bus, "--nofork", "--print-address"),
                Map.of(), "unix:path="));

        int port = freePortPair();
        Path state = Files.createDirectories(directory.resolve("state"));
        Daemon tpm = Daemon.start(List.of(swtpm, "socket", "--tpm2",
                "--server", "type=tcp,port=" + port + ",bindaddr=127.0.0.1",
                "--ctrl", "type=tcp,port=" + (port + 1) + ",bindaddr=127.0.0.1",
                "--tpmstate", "dir=" + state, "--flags", "not-need-init,startup-clear"), Map.of(), null);
        daemons.add(tpm);
        awaitAccepting(tpm, port + 1);
        Daemon broker = Daemon.start(List.of(abrmd, "--session", "--allow-root", "--flush-all",
                "--dbus-name=" + busName.group(1), "--tcti=swtpm:host=127.0.0.1,port=" + port), Map.of(), null);
        daemons.add(broker);
        awaitBroker(broker);

        String init = tool("tpm2_ptool", "init");
        Matcher primary = Pattern.compile("id: (\\d+)").matcher(init);
        if (!primary.find()) {
            throw new IllegalStateException("tpm2_ptool init did not name its primary object: " + init);
        }
        for (String label : tokenLabels) {
            tool("tpm2_ptool", "addtoken", "--pid=" + primary.group(1), "--label=" + label, "--userpin=" + USER_PIN,
                    "--sopin=" + SO_PIN);
        }
        Matcher token = Pattern.compile("- id: (\\d+)\\s+label: (\\S+)").matcher(tool("tpm2_ptool", "listtokens",
                "--pid=" + primary.group(1)));
        while (token.find()) {
            slots.put(token.group(2), Long.parseLong(token.group(1)));
        }
        pinFile = directory.resolve("user.pin");
        Files.writeString(pinFile, USER_PIN + "\n");
        Files.setPosixFilePermissions(pinFile, PosixFilePermissions.fromString("rw-------"));
    }

    /** Each test, not the class, is skipped, so the report lists the tests with the reason. */
    @Override
    public void beforeEach(ExtensionContext context) {
        assumeTrue(!skipped(), "ONETRIP_NO_TPM is set: the identity key tests against a software TPM do not run");
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        for (int i = daemons.size() - 1; i >= 0; i--) {
            daemons.get(i).stop();
        }
        daemons.clear();
        if (directory != null) {
            deleteTree(directory);
        }
    }

    private static boolean skipped() {
        return System.getenv("ONETRIP_NO_TPM") != null;
    }

    /** The token made for {@code label}, with the user PIN in a file of mode 0600. */
    IdentityKeySettings.TpmToken token(String label) {
        Long slot = slots.get(label);
        if (slot == null) {
            throw new IllegalArgumentException("no token " + label + " was made; made: " + slots.keySet());
        }
        return new IdentityKeySettings.TpmToken(IdentityKeySettings.TpmToken.DEBIAN_MODULE, slot, pinFile);
    }

    /** The arguments {@link IdentityKeyProbe} takes to open the key in {@code label}'s token. */
    List<String> probeArguments(Path keys, String label) {
        IdentityKeySettings.TpmToken token = token(label);
        return List.of(keys.toString(), token.pkcs11Module().toString(), Long.toString(token.slot()), token.userPinFile().toString());
    }

    private String tool(String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(directory, "tool", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("TPM2TOOLS_TCTI", tcti);
        Process process = builder.start();
        boolean finished = process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        if (!finished) {
            throw new IllegalStateException(String.join(" ", command) + " did not finish: " + output);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue() + "): " + output);
        }
        return output;
    }

    /** swtpm says nothing when it is ready: connect to its control port until it accepts. */
    private static void awaitAccepting(Daemon tpm, int port) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                if (!tpm.isAlive()) {
                    throw new IllegalStateException("swtpm exited: " + tpm.output());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("swtpm did not accept connections on port " + port + " within "
                            + START_TIMEOUT + ": " + tpm.output());
                }
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    /** tpm2-abrmd says nothing when it is ready: ask the TPM through it until it answers. */
    private void awaitBroker(Daemon broker) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            try {
                tool("tpm2_getcap", "properties-fixed");
                return;
            } catch (IllegalStateException notYet) {
                if (!broker.isAlive()) {
                    throw new IllegalStateException("tpm2-abrmd exited: " + broker.output());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("tpm2-abrmd did not answer within " + START_TIMEOUT + ": "
                            + notYet.getMessage() + "\n" + broker.output());
                }
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    /** A free port P whose neighbour P+1 is free too, for swtpm's server and control sockets. */
    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            if (port >= 65535) {
                continue;
            }
            try (ServerSocket first = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
                 ServerSocket second = new ServerSocket(port + 1, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // try another pair
            }
        }
        throw new IllegalStateException("found no two free neighbouring ports on loopback");
    }

    private static String environment(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the TPM tests through Maven, whose Surefire "
                    + "configuration in kiosk-core/pom.xml sets it");
        }
        return value;
    }

    private static String binary(String name) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String dir : (path + ":/usr/sbin:/usr/bin:/sbin:/bin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        throw new IllegalStateException(name + " is not installed: the identity key tests need a software TPM; " + INSTALL_HINT);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A started process whose output is drained into memory, so it never blocks on a full pipe. */
    private static final class Daemon {
        private final Process process;
        private final List<String> lines = new ArrayList<>();

        private Daemon(Process process) {
            this.process = process;
        }

        static Daemon start(List<String> command, Map<String, String> environment, String readyLine) throws IOException,
                InterruptedException {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Daemon daemon = new Daemon(builder.start());
            CountDownLatch ready = new CountDownLatch(readyLine == null ? 0 : 1);
            Thread drain = new Thread(() -> {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(daemon.process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        synchronized (daemon.lines) {
                            daemon.lines.add(line);
                        }
                        if (readyLine != null && line.contains(readyLine)) {
                            ready.countDown();
                        }
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
                ready.countDown();
            }, "drain " + Path.of(command.get(0)).getFileName());
            drain.setDaemon(true);
            drain.start();
            if (!ready.await(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || !daemon.process.isAlive()) {
                String output = daemon.output();
                daemon.stop();
                throw new IllegalStateException(command.get(0) + " did not start: " + output);
            }
            return daemon;
        }

        boolean isAlive() {
            return process.isAlive();
        }

        String output() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }

        void stop() {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
