package org.onetrip.backend;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import org.onetrip.backend.enrolment.KioskAuthority;
import org.onetrip.backend.enrolment.KioskIds;
import org.onetrip.backend.enrolment.KioskRegistry;
import org.onetrip.backend.submission.FilingImport;

/**
 * {@code ./onetrip backend [--port N] [--data DIR] [--operator-token-file FILE]}: runs the
 * reference approval backend until the process is interrupted (Ctrl-C) or the calling thread
 * is interrupted. Prints the base URL first, then where the operator token is kept (never the
 * token itself) and the kiosk authority's certificate kiosks trust it by.
 *
 * <p>{@code ./onetrip backend enrol-code --kiosk ID [--data DIR]}: issues a one-time enrolment
 * code for kiosk {@code ID} in the backend whose data directory is {@code DIR}, whether that
 * backend runs or not, and prints it with its expiry.
 *
 * <p>{@code ./onetrip backend import FILE [--data DIR]}: files a filing a kiosk exported by hand into
 * the backend whose data directory is {@code DIR}, whether that backend runs or not, exactly once.
 */
public final class ReferenceBackendCommand {

    public static final int DEFAULT_PORT = 18080;
    public static final String DEFAULT_DATA = "backend-data";

    static final String USAGE = "usage: onetrip backend [--port N] [--data DIR] [--operator-token-file FILE]\n"
            + "       onetrip backend enrol-code --kiosk ID [--data DIR]\n"
            + "       onetrip backend import FILE [--data DIR]\n"
            + "  --port N    TCP port on 127.0.0.1, 0..65535 (0 = any free port; default " + DEFAULT_PORT + ")\n"
            + "  --data DIR  directory for the databases, received files, the kiosk authority and the operator"
            + " token (default ./" + DEFAULT_DATA + ")\n"
            + "  --operator-token-file FILE\n"
            + "              take the operator token for /admin from FILE instead of DIR/operator-token\n"
            + "  enrol-code --kiosk ID\n"
            + "              print a one-time code with which kiosk ID enrols (./onetrip enrol --code CODE)\n"
            + "  import FILE\n"
            + "              file a filing a kiosk exported for the hall to carry here (onetrip-filing-*.zip)";

    /**
     * Parses the arguments, starts the backend and blocks until interrupted.
     *
     * @return 0 after a clean stop, 2 for bad arguments, 1 when the backend cannot start
     */
    public int run(String[] args, PrintStream out) {
        if (args.length > 0 && args[0].equals("enrol-code")) {
            return enrolCode(Arrays.copyOfRange(args, 1, args.length), out);
        }
        if (args.length > 0 && args[0].equals("import")) {
            return importFiling(Arrays.copyOfRange(args, 1, args.length), out);
        }
        int port = DEFAULT_PORT;
        Path data = Path.of(DEFAULT_DATA);
        Path tokenFile = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE);
                return 0;
            }
            if (i + 1 >= args.length
                    || !(arg.equals("--port") || arg.equals("--data") || arg.equals("--operator-token-file"))) {
                out.println("unknown or incomplete option: " + arg);
                out.println(USAGE);
                return 2;
            }
            String value = args[++i];
            if (arg.equals("--port")) {
                try {
                    port = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    port = -1;
                }
                if (port < 0 || port > 65535) {
                    out.println("--port must be a number 0..65535, was " + value);
                    out.println(USAGE);
                    return 2;
                }
            } else if (arg.equals("--data")) {
                data = Path.of(value);
            } else {
                tokenFile = Path.of(value);
            }
        }
        BackendOptions options = BackendOptions.defaults();
        if (tokenFile != null) {
            try {
                options = options.withOperatorToken(Files.readString(tokenFile, StandardCharsets.US_ASCII).trim());
            } catch (IOException | IllegalArgumentException e) {
                out.println("cannot use the operator token in " + tokenFile + ": " + e.getMessage());
                return 2;
            }
        }
        ReferenceBackend backend = new ReferenceBackend(options);
        try {
            backend.start(port, data);
        } catch (UncheckedIOException | IllegalStateException e) {
            out.println("cannot start the reference backend: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            backend.stop();
            stopped.countDown();
        }, "backend-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("reference approval backend listening on " + backend.baseUri() + " (data: "
                + data.toAbsolutePath() + ")");
        out.println("operator token for /admin (Authorization: Bearer ...) in "
                + backend.operatorTokenFile().orElse(tokenFile).toAbsolutePath());
        out.println("kiosks trust this backend by " + backend.authorityCertificateFile().toAbsolutePath()
                + " and enrol with a code from: onetrip backend enrol-code --kiosk ID --data " + data);
        out.println("sealing key kid (pin it in kiosk.yaml, backend.sealingKeys): "
                + backend.sealingKeys().current().kid());
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        backend.stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook does the stopping
        }
        out.println("reference approval backend stopped");
        return 0;
    }

    /**
     * {@code enrol-code --kiosk ID [--data DIR]}.
     *
     * @return 0 with the code printed, 2 for bad arguments, 1 when the registry cannot be opened
     */
    private static int enrolCode(String[] args, PrintStream out) {
        String kioskId = null;
        Path data = Path.of(DEFAULT_DATA);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (i + 1 >= args.length || !(arg.equals("--kiosk") || arg.equals("--data"))) {
                out.println("unknown or incomplete option: " + arg);
                out.println(USAGE);
                return 2;
            }
            String value = args[++i];
            if (arg.equals("--kiosk")) {
                kioskId = value;
            } else {
                data = Path.of(value);
            }
        }
        if (kioskId == null || !KioskIds.isValid(kioskId)) {
            out.println(kioskId == null ? "enrol-code needs --kiosk ID"
                    : "not a kiosk id: " + kioskId + " (1 to 64 letters, digits, '.', '-' or '_')");
            out.println(USAGE);
            return 2;
        }
        KioskRegistry.EnrolmentCode code;
        Path trust;
        try (KioskRegistry registry = KioskRegistry.open(data)) {
            trust = KioskAuthority.openOrCreate(data).certificateFile();
            code = registry.issueCode(kioskId, Instant.now());
        } catch (UncheckedIOException | IllegalStateException e) {
            out.println("cannot issue an enrolment code in " + data.toAbsolutePath() + ": " + e.getMessage());
            return 1;
        }
        out.println("enrolment code for kiosk " + kioskId + ": " + code.code());
        out.println("valid once, for this kiosk only, until " + code.expiresAt());
        out.println("on the kiosk: ./onetrip enrol --code " + code.code());
        out.println("the kiosk trusts the backend by " + trust.toAbsolutePath() + " (backend.trustStore, type PEM)");
        return 0;
    }

    /**
     * {@code import FILE [--data DIR]}.
     *
     * @return 0 when the filing is filed (now or before), 1 when it is refused or cannot be, 2 for bad arguments
     */
    private static int importFiling(String[] args, PrintStream out) {
        Path file = null;
        Path data = Path.of(DEFAULT_DATA);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data") && i + 1 < args.length) {
                data = Path.of(args[++i]);
            } else if (!arg.startsWith("--") && file == null) {
                file = Path.of(arg);
            } else {
                out.println("unknown or incomplete option: " + arg);
                out.println(USAGE);
                return 2;
            }
        }
        if (file == null || !Files.isRegularFile(file)) {
            out.println(file == null ? "import needs the exported FILE" : "no file " + file);
            out.println(USAGE);
            return 2;
        }
        FilingImport.Outcome outcome;
        try {
            outcome = ReferenceBackend.importFiling(BackendOptions.defaults(), data, file);
        } catch (RuntimeException e) {
            out.println("cannot import " + file + ": " + e.getMessage());
            return 1;
        }
        if (outcome instanceof FilingImport.Outcome.Filed filed) {
            out.println((filed.alreadyFiled() ? "already filed: " : "filed: ") + filed.trackingNumber()
                    + " (submission " + filed.submissionId() + ") as " + filed.acceptanceNumber());
            out.println("at the kiosk, retry the set-aside filing: the backend answers it as filed and the kiosk"
                    + " deletes its copy");
            return 0;
        }
        FilingImport.Outcome.Refused refused = (FilingImport.Outcome.Refused) outcome;
        out.println("refused: " + refused.code() + ": " + refused.message());
        return 1;
    }

    public static void main(String[] args) {
        System.exit(new ReferenceBackendCommand().run(args, System.out));
    }
}
