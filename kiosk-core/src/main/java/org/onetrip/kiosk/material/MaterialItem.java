package org.onetrip.kiosk.material;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.onetrip.config.LocalizedText;
import org.onetrip.config.catalog.Material;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Value;
import org.onetrip.kiosk.submission.Commitment;

/**
 * One line of the checklist: a catalog material, what a clerk will check on it, the matters that need it
 * (more than one when a bundle shares it, and it is scanned once for all), its pages, and whether the
 * citizen left it out with a signed commitment.
 */
public final class MaterialItem {
    private final Material material;
    private final List<String> matters;
    private final Optional<Integer> topUpDeadlineDays;
    private final Optional<LocalizedText> commitmentText;
    private final MaterialPages pages;
    private final Value<MaterialState> state = new Value<>(MaterialState.MISSING);
    private volatile Optional<Commitment> commitment = Optional.empty();
    private volatile Optional<LocalDate> dueBy = Optional.empty();
    private volatile Optional<FetchedLicence> licence = Optional.empty();

    MaterialItem(Material material, List<String> matters, Optional<Integer> topUpDeadlineDays,
                 Optional<LocalizedText> commitmentText, MaterialPages pages) {
        this.material = Objects.requireNonNull(material, "material");
        this.matters = List.copyOf(matters);
        this.topUpDeadlineDays = topUpDeadlineDays;
        this.commitmentText = commitmentText;
        this.pages = pages;
        pages.pages().subscribe(now -> refresh());
    }

    public Material material() {
        return material;
    }

    public String code() {
        return material.code();
    }

    /** What the clerk checks, shown beside the scan. */
    public List<LocalizedText> reviewPoints() {
        return material.reviewPoints();
    }

    /** The matters that need this material; more than one when a bundle shares it. */
    public List<String> matters() {
        return matters;
    }

    public boolean shared() {
        return matters.size() > 1;
    }

    /** Whether the citizen may file without it and hand it in later. */
    public boolean mayTopUpLater() {
        return topUpDeadlineDays.isPresent();
    }

    /** Working days allowed for a top-up, when allowed. */
    public Optional<Integer> topUpDeadlineDays() {
        return topUpDeadlineDays;
    }

    /** Whether a signed commitment may replace it altogether. */
    public boolean acceptsCommitment() {
        return commitmentText.isPresent();
    }

    public Optional<LocalizedText> commitmentText() {
        return commitmentText;
    }

    public MaterialPages pages() {
        return pages;
    }

    public ReadOnlyValue<MaterialState> state() {
        return state;
    }

    /** The commitment the citizen signed, when the material was left out. */
    public Optional<Commitment> commitment() {
        return commitment;
    }

    /** When a promised material is due. */
    public Optional<LocalDate> dueBy() {
        return dueBy;
    }

    /** The electronic licence used instead of a scan, when one was fetched. */
    public Optional<FetchedLicence> licence() {
        return licence;
    }

    /** Whether the approval system can supply it as an electronic licence instead of a scan. */
    public boolean fetchable() {
        return material.electronicLicence();
    }

    void useLicence(FetchedLicence fetched) {
        pages.clear();
        synchronized (this) {
            commitment = Optional.empty();
            dueBy = Optional.empty();
            dropLicence();
            licence = Optional.of(fetched);
            refresh();
        }
    }

    void leaveOut(Commitment signed, Optional<LocalDate> due) {
        // outside this item's lock: clearing pages calls back into refresh under the pages' lock
        pages.clear();
        synchronized (this) {
            dropLicence();
            commitment = Optional.of(signed);
            dueBy = due;
            refresh();
        }
    }

    synchronized void takeBack() {
        dropLicence();
        commitment = Optional.empty();
        dueBy = Optional.empty();
        refresh();
    }

    private synchronized void refresh() {
        if (pages.count() > 0) {
            // a scan supersedes a promise or a licence: the citizen brought it after all
            commitment = Optional.empty();
            dueBy = Optional.empty();
            dropLicence();
            state.set(pages.needsAttention() ? MaterialState.NEEDS_ATTENTION : MaterialState.SCANNED);
        } else if (licence.isPresent()) {
            state.set(MaterialState.FETCHED);
        } else if (commitment.isPresent()) {
            state.set(dueBy.isPresent() ? MaterialState.PROMISED : MaterialState.COMMITTED);
        } else {
            state.set(MaterialState.MISSING);
        }
    }

    private void dropLicence() {
        licence.ifPresent(FetchedLicence::wipe);
        licence = Optional.empty();
    }
}
