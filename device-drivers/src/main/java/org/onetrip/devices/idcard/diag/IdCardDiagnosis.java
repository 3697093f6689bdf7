package org.onetrip.devices.idcard.diag;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.onetrip.devices.idcard.CardRead;
import org.onetrip.devices.idcard.CardValidity;
import org.onetrip.devices.idcard.IdCardReader;
import org.onetrip.devices.idcard.IdentityRecord;
import org.onetrip.devices.idcard.pcsc.BelgianEidProfile;
import org.onetrip.devices.idcard.pcsc.PcscIdCardReader;
import org.onetrip.devices.idcard.sam.SamIdCardReader;
import org.onetrip.devices.idcard.sam.SamReaderTimeouts;
import org.onetrip.devices.privacy.Masking;
import org.onetrip.devices.status.SelfTestResult;
import org.onetrip.devices.transport.CardSlot;
import org.onetrip.devices.transport.pcsc.SmartcardioSlot;

/**
 * {@code onetrip diag idcard}: runs the self-test of a real reader and, when a card is on it,
 * reads the card and prints the identity masked as {@link Masking} says (ID number: first 4 and
 * last 4; name: first character). Exit code 0 when the reader answered, 1 when it did not, 2 for a usage error.
 *
 * <pre>
 * diag idcard --serial PATH [--baud N] [--json]
 * diag idcard --tcp HOST:PORT [--json]
 * diag idcard --pcsc [READER] [--json]
 * </pre>
 */
public final class IdCardDiagnosis {
    public static final int READER_ANSWERED = 0;
    public static final int READER_FAILED = 1;
    public static final int USAGE = 2;
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String HELP = "usage: diag idcard (--serial PATH [--baud N] | --tcp HOST:PORT | --pcsc [READER]) [--json]";

    /** Opens a PC/SC reader by name (empty: the first one). */
    @FunctionalInterface
    public interface PcscReaders {
        CardSlot open(String name) throws IOException;
    }

    private final Clock clock;
    private final PcscReaders pcscReaders;

    public IdCardDiagnosis(Clock clock, PcscReaders pcscReaders) {
        this.clock = clock;
        this.pcscReaders = pcscReaders;
    }

    /** The diagnosis on the system clock and the system's PC/SC service. */
    public static IdCardDiagnosis onThisMachine() {
        return new IdCardDiagnosis(Clock.systemDefaultZone(), SmartcardioSlot::openSystemReader);
    }

    public int run(String[] args, PrintStream out) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(HELP);
            return USAGE;
        }
        try (IdCardReader reader = open(options)) {
            SelfTestResult selfTest = reader.selfTest().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            CardRead card = selfTest.ok() ? reader.read().get(WAIT.toSeconds(), TimeUnit.SECONDS) : null;
            Map<String, Object> report = report(reader, selfTest, card);
            if (card instanceof CardRead.Success success) {
                success.identity().wipe();
            }
            out.println(options.json() ? JsonWriter.write(report) : text(report));
            return selfTest.ok() ? READER_ANSWERED : READER_FAILED;
        } catch (IOException e) {
            print(out, options, "cannot open the reader: " + e.getMessage());
            return READER_FAILED;
        } catch (TimeoutException e) {
            print(out, options, "the reader did not finish within " + WAIT.toSeconds() + " s");
            return READER_FAILED;
        } catch (ExecutionException e) {
            print(out, options, "the reader failed: " + e.getCause());
            return READER_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return READER_FAILED;
        }
    }

    private IdCardReader open(Options options) throws IOException {
        SamReaderTimeouts timeouts = SamReaderTimeouts.defaults();
        return switch (options.kind()) {
            case "serial" -> SamIdCardReader.overSerial(options.target(), options.baud(), timeouts, clock);
            case "tcp" -> {
                int colon = options.target().lastIndexOf(':');
                yield SamIdCardReader.overTcp(options.target().substring(0, colon),
                        Integer.parseInt(options.target().substring(colon + 1)), timeouts, clock);
            }
            case "pcsc" -> new PcscIdCardReader(pcscReaders.open(options.target()), List.of(new BelgianEidProfile()),
                    Duration.ofMillis(250), clock);
            default -> throw new IllegalStateException("unknown reader kind " + options.kind());
        };
    }

    private static Map<String, Object> report(IdCardReader reader, SelfTestResult selfTest, CardRead card) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("state", reader.status().state().name());
        Map<String, Object> readerPart = new LinkedHashMap<>();
        readerPart.put("kind", reader.capabilities().kind());
        readerPart.put("selfTest", selfTest.ok() ? "ok" : "failed");
        readerPart.put("message", selfTest.message());
        readerPart.put("durationMillis", selfTest.duration().toMillis());
        readerPart.put("details", new LinkedHashMap<String, Object>(selfTest.details()));
        report.put("reader", readerPart);
        if (card instanceof CardRead.Success success) {
            IdentityRecord id = success.identity();
            Map<String, Object> cardPart = new LinkedHashMap<>();
            cardPart.put("name", Masking.name(id.name()));
            cardPart.put("idNumber", Masking.identifier(id.idNumber()));
            cardPart.put("sex", id.sex().label());
            cardPart.put("nation", id.nation().name());
            cardPart.put("birthDate", id.birthDate().toString());
            cardPart.put("expires", id.validity().until().map(Object::toString).orElse(CardValidity.LONG_TERM_TEXT));
            report.put("card", cardPart);
        } else {
            report.put("card", null);
            if (card instanceof CardRead.Failure failure) {
                report.put("cardProblem", failure.reason().name());
                report.put("cardDetail", failure.detail());
            } else if (card instanceof CardRead.Expired expired) {
                report.put("cardProblem", "EXPIRED");
                report.put("cardDetail", "card expired on " + expired.expiredOn());
            }
        }
        return report;
    }

    @SuppressWarnings("unchecked")
    private static String text(Map<String, Object> report) {
        StringBuilder out = new StringBuilder();
        Map<String, Object> readerPart = (Map<String, Object>) report.get("reader");
        out.append("reader     ").append(readerPart.get("kind")).append('\n');
        out.append("self-test  ").append(readerPart.get("selfTest")).append(" - ").append(readerPart.get("message"))
                .append(" (").append(readerPart.get("durationMillis")).append(" ms)\n");
        ((Map<String, Object>) readerPart.get("details")).forEach((k, v) -> out.append("  ").append(k).append(": ").append(v).append('\n'));
        out.append("state      ").append(report.get("state")).append('\n');
        Map<String, Object> card = (Map<String, Object>) report.get("card");
        if (card != null) {
            out.append("card       ").append(card.get("name")).append("  ").append(card.get("idNumber")).append('\n');
            out.append("  sex ").append(card.get("sex")).append(", nation ").append(card.get("nation"))
                    .append(", born ").append(card.get("birthDate")).append(", expires ").append(card.get("expires"));
        } else if (report.containsKey("cardProblem")) {
            out.append("card       none read: ").append(report.get("cardProblem")).append(" - ").append(report.get("cardDetail"));
        } else {
            out.append("card       not tried (self-test failed)");
        }
        return out.toString();
    }

    private static void print(PrintStream out, Options options, String error) {
        if (options.json()) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("state", "OFFLINE");
            report.put("reader", null);
            report.put("card", null);
            report.put("error", error);
            out.println(JsonWriter.write(report));
        } else {
            out.println(error);
        }
    }

    record Options(String kind, String target, int baud, boolean json) {
        static Options parse(String[] args) {
            String kind = null;
            String target = "";
            int baud = 115200;
            boolean json = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--serial", "--tcp" -> {
                        kind = args[i].substring(2);
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(args[i] + " needs a value");
                        }
                        target = args[++i];
                    }
                    case "--pcsc" -> {
                        kind = "pcsc";
                        if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                            target = args[++i];
                        }
                    }
                    case "--baud" -> {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("--baud needs a value");
                        }
                        try {
                            baud = Integer.parseInt(args[++i]);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--baud must be a number such as 115200, was " + args[i]);
                        }
                        if (!List.of(9600, 19200, 38400, 57600, 115200).contains(baud)) {
                            throw new IllegalArgumentException("--baud must be one of 9600, 19200, 38400, 57600, 115200; was " + baud);
                        }
                    }
                    case "--json" -> json = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (kind == null) {
                throw new IllegalArgumentException("say which reader: --serial PATH, --tcp HOST:PORT or --pcsc [READER]");
            }
            if (kind.equals("tcp") && !target.matches(".+:\\d{1,5}")) {
                throw new IllegalArgumentException("--tcp needs HOST:PORT, was " + target);
            }
            return new Options(kind, target, baud, json);
        }
    }
}
