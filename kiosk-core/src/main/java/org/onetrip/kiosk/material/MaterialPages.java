package org.onetrip.kiosk.material;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.onetrip.devices.scanner.image.InspectedPage;
import org.onetrip.devices.scanner.image.PageConcern;
import org.onetrip.devices.scanner.image.PageInspector;
import org.onetrip.devices.scanner.image.PageVerdict;
import org.onetrip.devices.scanner.image.Unreadable;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Value;

/**
 * The pages of one material, in the order they will appear in its PDF. Pages are kept as files in the
 * material's directory; only their thumbnails are in memory.
 *
 * <p>Adding and retaking inspect the page on the calling thread (about 150 ms for A4 at 300 dpi in colour);
 * call them off the screen's thread. The other operations are quick. All are thread-safe.
 */
public final class MaterialPages {
    private final String materialCode;
    private final SessionSpool spool;
    private final PageInspector inspector;
    private final AtomicInteger nextId = new AtomicInteger();
    private final Value<List<MaterialPage>> pages = new Value<>(List.of());

    MaterialPages(String materialCode, SessionSpool spool, PageInspector inspector) {
        this.materialCode = materialCode;
        this.spool = spool;
        this.inspector = inspector;
    }

    public String materialCode() {
        return materialCode;
    }

    /** The pages now, for the screen to show and follow. */
    public ReadOnlyValue<List<MaterialPage>> pages() {
        return pages;
    }

    public int count() {
        return pages.get().size();
    }

    /** Whether some page is too small or too dark. */
    public boolean needsAttention() {
        return pages.get().stream().anyMatch(MaterialPage::needsAttention);
    }

    /**
     * Checks a scanned file and adds it as the last page, unless it is blank or unreadable. The scanned
     * file is deleted in every case: the material keeps its own standard copy.
     */
    public PageOutcome add(Path scanned) {
        return offer(scanned, null);
    }

    /**
     * Replaces the page {@code id} with a new scan, in the same place. A blank or unreadable scan leaves the
     * old page as it was.
     *
     * @throws IllegalArgumentException if no page has that id
     */
    public PageOutcome retake(String id, Path scanned) {
        indexOf(id);
        return offer(scanned, id);
    }

    /** Removes a page and its file. */
    public synchronized void delete(String id) {
        List<MaterialPage> now = new ArrayList<>(pages.get());
        MaterialPage removed = now.remove(indexOf(id));
        pages.set(List.copyOf(now));
        deleteFile(removed.file());
    }

    /**
     * Moves a page to a new position.
     *
     * @param position 0 for first, up to the number of pages less one
     */
    public synchronized void move(String id, int position) {
        List<MaterialPage> now = new ArrayList<>(pages.get());
        if (position < 0 || position >= now.size()) {
            throw new IllegalArgumentException("position must be 0 to " + (now.size() - 1) + ", was " + position);
        }
        MaterialPage page = now.remove(indexOf(id));
        now.add(position, page);
        pages.set(List.copyOf(now));
    }

    /** Removes every page and its file. */
    public synchronized void clear() {
        List<MaterialPage> now = pages.get();
        pages.set(List.of());
        now.forEach(page -> deleteFile(page.file()));
    }

    /** Forgets the pages without touching their files, which the session's cleaner deletes. */
    void forget() {
        pages.set(List.of());
    }

    private PageOutcome offer(Path scanned, String replacing) {
        Objects.requireNonNull(scanned, "scanned");
        String id = materialCode + "-" + nextId.incrementAndGet();
        Path clear = spool.scratch().resolve(id + ".jpg");
        PageVerdict verdict;
        try {
            verdict = inspector.inspect(scanned, clear);
        } finally {
            deleteFile(scanned);
        }
        if (verdict instanceof PageVerdict.Refused refused) {
            deleteFile(clear);
            return new PageOutcome.Unusable(refused.reason(), refused.detail());
        }
        InspectedPage inspected = ((PageVerdict.Inspected) verdict).page();
        if (inspected.blank()) {
            deleteFile(clear);
            return new PageOutcome.Blank();
        }
        Path sealed;
        try {
            sealed = spool.seal(clear, id + ".jpg");
        } catch (IOException e) {
            return new PageOutcome.Unusable(Unreadable.STORAGE, "the page cannot be kept: " + e.getMessage());
        }
        Set<PageConcern> concerns = inspected.concerns().isEmpty() ? Set.of() : EnumSet.copyOf(inspected.concerns());
        MaterialPage page = new MaterialPage(id, sealed, inspected.widthPx(), inspected.heightPx(), inspected.dpi(),
                inspected.thumbnail(), concerns);
        synchronized (this) {
            List<MaterialPage> now = new ArrayList<>(pages.get());
            if (replacing == null) {
                now.add(page);
            } else {
                int at = now.stream().map(MaterialPage::id).toList().indexOf(replacing);
                if (at < 0) {
                    // deleted while the new scan was being checked: the retake becomes a new last page
                    now.add(page);
                } else {
                    deleteFile(now.set(at, page).file());
                }
            }
            pages.set(List.copyOf(now));
        }
        return new PageOutcome.Added(page);
    }

    private int indexOf(String id) {
        List<MaterialPage> now = pages.get();
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("material " + materialCode + " has no page " + id);
    }

    private static void deleteFile(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file.getFileName(), e);
        }
    }
}
