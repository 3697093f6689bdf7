package org.onetrip.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events waiting for the broker, on disk, one file each ({@code SEQUENCE.json}, written whole
 * then moved into place), so a kiosk that loses the broker, or restarts meanwhile, sends them
 * on reconnecting. Bounded: past {@code limit} the oldest are dropped, and the count of what was
 * dropped goes out with the next one sent ({@link KioskEvent.Kind#EVENTS_DROPPED}).
 */
public final class EventSpool {
    private static final Logger log = LoggerFactory.getLogger(EventSpool.class);

    private final Path directory;
    private final int limit;
    private final FleetJson json;
    private long next;
    private long dropped;

    /**
     * @param directory where the events wait (made, owner only where the file system allows)
     * @param limit     how many wait at most, 1 or more
     */
    public EventSpool(Path directory, int limit, FleetJson json) {
        if (limit < 1) {
            throw new IllegalArgumentException("an event spool holds at least one event, got " + limit);
        }
        this.directory = directory;
        this.limit = limit;
        this.json = json;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep fleet events in " + directory + ": " + e.getMessage(), e);
        }
        List<Long> waiting = sequences();
        this.next = waiting.isEmpty() ? 1 : waiting.get(waiting.size() - 1) + 1;
    }

    /** Keeps an event until it is sent; returns it numbered. Drops the oldest past the limit. */
    public synchronized KioskEvent add(KioskEvent event) {
        KioskEvent numbered = event.numbered(next++);
        Path file = directory.resolve(name(numbered.sequence()));
        Path part = directory.resolve(name(numbered.sequence()) + ".part");
        try {
            Files.write(part, json.write(numbered));
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            log.warn("fleet event {} not kept on disk: {}", numbered.kind(), e.toString());
        }
        List<Long> waiting = sequences();
        for (int i = 0; i < waiting.size() - limit; i++) {
            remove(waiting.get(i));
            dropped++;
        }
        return numbered;
    }

    /** The oldest waiting events, up to {@code count}, oldest first; an unreadable file is dropped. */
    public synchronized List<KioskEvent> oldest(int count) {
        List<KioskEvent> events = new ArrayList<>();
        for (long sequence : sequences()) {
            if (events.size() == count) {
                break;
            }
            try {
                events.add(json.read(Files.readAllBytes(directory.resolve(name(sequence))), KioskEvent.class));
            } catch (IOException | IllegalArgumentException e) {
                log.warn("fleet event file {} unreadable, dropped: {}", name(sequence), e.toString());
                remove(sequence);
                dropped++;
            }
        }
        return events;
    }

    /** Forgets a sent event. */
    public synchronized void sent(long sequence) {
        remove(sequence);
    }

    /** How many were dropped since the last call, and resets the count. */
    public synchronized long takeDropped() {
        long count = dropped;
        dropped = 0;
        return count;
    }

    public synchronized int size() {
        return sequences().size();
    }

    /** The oldest waiting event's sequence, if any. */
    public synchronized Optional<Long> oldestSequence() {
        List<Long> waiting = sequences();
        return waiting.isEmpty() ? Optional.empty() : Optional.of(waiting.get(0));
    }

    private void remove(long sequence) {
        try {
            Files.deleteIfExists(directory.resolve(name(sequence)));
        } catch (IOException e) {
            log.warn("fleet event file {} not removed: {}", name(sequence), e.toString());
        }
    }

    private List<Long> sequences() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("\\d{20}\\.json"))
                    .map(n -> Long.parseLong(n.substring(0, 20)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list fleet events in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static String name(long sequence) {
        return String.format("%020d.json", sequence);
    }
}
