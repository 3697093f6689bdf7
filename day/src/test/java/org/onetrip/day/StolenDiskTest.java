package org.onetrip.day;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.devices.idcard.IdentityRecord;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.devices.scanner.ScanColorMode;
import org.onetrip.devices.scanner.ScanRequest;
import org.onetrip.devices.scanner.ScanSource;
import org.onetrip.devices.scanner.image.PageInspector;
import org.onetrip.devices.scanner.image.PageStandard;
import org.onetrip.devices.scanner.sim.PageRenderer;
import org.onetrip.devices.scanner.sim.SimulatedPage;
import org.onetrip.kiosk.outbox.Outbox;
import org.onetrip.kiosk.outbox.OutboxState;
import org.onetrip.kiosk.sealing.SealingKeys;

/**
 * The attack on a kiosk left alone all night: its network is cut, citizens file anyway, and somebody
 * copies its data directory. Every byte of the copy (files, SQLite pages, WAL, free pages) is searched
 * for each test citizen's ID number, name, address and typed phone number, in UTF-8, UTF-16 and GB18030,
 * and for pieces of the scanned pages. Nothing may be found.
 */
class StolenDiskTest {

    private static final int QUEUED_AT_LEAST = 20;
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE, Charset.forName("GB18030"));

    @Test
    void aCopyOfTheDataDirectoryOfAnOfflineKioskHoldsNothingOfItsCitizens(@TempDir Path root) throws Exception {
        Path data = root.resolve("data");
        long seed = new SecureRandom().nextLong();
        List<String> phones = new ArrayList<>();
        int queued = 0;
        for (int round = 0; round < 10 && queued < QUEUED_AT_LEAST; round++) {
            System.out.println("stolen disk: day --sessions 15 --backend offline --journeys file --seed " + (seed + round));
            // the promises of the day are DayAtTheKioskTest's; here the day only fills the outbox to attack
            Day day = new Day(new DayOptions(15, seed + round, Optional.of(data), BackendMode.OFFLINE,
                    Path.of(System.getProperty("onetrip.day.conf", "../conf")), true, Set.of(DayOptions.FILE)), violation -> System.out.println(violation.toJson()));
            day.run();
            phones.addAll(day.phonesTyped());
            // the citizens took their receipts: the next day's checks start from an empty tray
            deleteTree(org.onetrip.ui.KioskDevices.paperOf(data));
            queued = queued(data);
        }
        assertThat(queued).as("filings waiting in the outbox of the offline kiosk").isGreaterThanOrEqualTo(QUEUED_AT_LEAST);
        assertThat(phones).isNotEmpty();

        assertThat(search(copyOf(data, root.resolve("copy")), secrets(phones, root)))
                .as("what a copy of the data directory gives away").isEmpty();
    }

    @Test
    void aCopyTakenWhenThePowerFailsMidSessionHoldsNothingEitherAndTheNextStartClearsTheSpool(@TempDir Path root)
            throws Exception {
        Path data = root.resolve("data");
        long seed = new SecureRandom().nextLong();
        System.out.println("stolen disk, power cut: day --sessions 200 --backend offline --seed " + seed);
        Process day = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), DayChild.class.getName(), data.toString(), "200",
                Long.toString(seed), System.getProperty("onetrip.day.conf", "../conf"))
                .redirectErrorStream(true).redirectOutput(root.resolve("day.log").toFile()).start();
        try {
            // cut the power while a citizen's scanned pages wait in the session spool
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
            while (spooledPages(data).isEmpty()) {
                assertThat(day.isAlive()).as("the day ended before any page was spooled; see day.log").isTrue();
                assertThat(System.nanoTime() - deadline).as("no page spooled in 10 minutes").isNegative();
                java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(20));
            }
        } finally {
            day.destroyForcibly(); // SIGKILL: nothing is flushed, nothing is wiped
            day.waitFor();
        }

        assertThat(search(copyOf(data, root.resolve("copy")), secrets(List.of(), root)))
                .as("what a copy of the data directory gives away after a power cut").isEmpty();

        DayKiosk restarted = new DayKiosk(Path.of(System.getProperty("onetrip.day.conf", "../conf")), data,
                BackendMode.OFFLINE, java.time.Duration.ofMinutes(2));
        try {
            assertThat(spooledPages(data)).as("the spool after the next start").isEmpty();
            Path scratch = org.onetrip.kiosk.material.MaterialDesk.memoryScratch(data);
            if (Files.isDirectory(scratch)) {
                try (Stream<Path> left = Files.list(scratch)) {
                    assertThat(left).as("clear scans in memory after the next start").isEmpty();
                }
            }
        } finally {
            restarted.close();
        }
    }

    private static List<Path> spooledPages(Path data) throws IOException {
        Path spool = data.resolve("materials");
        if (!Files.isDirectory(spool)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(spool)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".sealed")).toList();
        } catch (java.io.UncheckedIOException e) {
            return List.of(); // a session ended while its spool was listed
        }
    }

    private static List<String> search(Path copy, Map<String, byte[]> secrets) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(copy)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                boolean ciphertext = file.getFileName().toString().endsWith(".sealed");
                secrets.forEach((what, needle) -> {
                    // megabytes of sealed pages are random bytes: a needle of under 8 bytes (a two-character
                    // name in UTF-16) would turn up in them by chance, so those are looked for everywhere else
                    if (!(ciphertext && needle.length < 8) && indexOf(bytes, needle) >= 0) {
                        found.add(copy.relativize(file) + " holds " + what);
                    }
                });
            }
        }
        return found;
    }

    /** Each citizen's identity and typed phone in every encoding, and pieces of the scanned pages. */
    private static Map<String, byte[]> secrets(List<String> phones, Path scratch) throws IOException {
        Map<String, byte[]> secrets = new LinkedHashMap<>();
        IdentityDeck deck = IdentityDeck.standard();
        for (String key : deck.keys()) {
            IdentityRecord card = deck.card(key);
            for (Charset encoding : ENCODINGS) {
                secrets.put(key + "'s ID number in " + encoding, card.idNumber().getBytes(encoding));
                secrets.put(key + "'s name in " + encoding, card.name().getBytes(encoding));
                secrets.put(key + "'s address in " + encoding, card.address().getBytes(encoding));
            }
        }
        for (String phone : Set.copyOf(phones)) {
            for (Charset encoding : ENCODINGS) {
                secrets.put("phone " + phone.substring(0, 3) + "… in " + encoding, phone.getBytes(encoding));
            }
        }
        // the simulated scanner's page at the demo's settings: any 48 bytes of its compressed data
        byte[] page = new PageRenderer().render(SimulatedPage.DOCUMENT,
                ScanRequest.jpeg(ScanSource.FEEDER, 300, ScanColorMode.COLOR));
        for (int at = page.length / 4; at < page.length * 3 / 4; at += page.length / 16) {
            secrets.put("the scanned page's bytes at " + at, Arrays.copyOfRange(page, at, at + 48));
        }
        // and the page as the kiosk keeps it, checked and re-encoded to its standard
        Path raw = Files.write(scratch.resolve("page.jpg"), page);
        Path kept = scratch.resolve("kept.jpg");
        new PageInspector(new PageStandard(300, 0.75f)).inspect(raw, kept);
        byte[] standard = Files.readAllBytes(kept);
        for (int at = standard.length / 4; at < standard.length * 3 / 4; at += standard.length / 16) {
            secrets.put("the kept page's bytes at " + at, Arrays.copyOfRange(standard, at, at + 48));
        }
        return secrets;
    }

    private static int queued(Path data) {
        try (Outbox outbox = Outbox.open(data, SealingKeys.open(Set.of(), data, Clock.systemUTC()),
                directory -> Long.MAX_VALUE, 0, Clock.systemUTC())) {
            return outbox.counts().get(OutboxState.QUEUED);
        }
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
