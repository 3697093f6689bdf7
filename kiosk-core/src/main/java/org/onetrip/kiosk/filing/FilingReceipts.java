package org.onetrip.kiosk.filing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.onetrip.kiosk.submission.ResultDelivery;
import org.onetrip.kiosk.submission.ReceiptData;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.Optional;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.onetrip.devices.receipt.PrintOutcome;
import org.onetrip.devices.receipt.ReceiptJob;
import org.onetrip.devices.receipt.ReceiptId;
import org.onetrip.devices.receipt.ReceiptPrinter;
import org.onetrip.kiosk.receipt.SubmissionReceipt;
import org.onetrip.kiosk.receipt.SubmissionReceiptTemplate;
import org.onetrip.kiosk.receipt.TopUp;
import org.onetrip.kiosk.submission.FilingOutcome;
import org.onetrip.kiosk.submission.PromisedMaterial;

/**
 * Prints the citizen's proof of filing. The receipt is keyed by its tracking number, so printing it
 * again carries the printer's reprint mark.
 */
public final class FilingReceipts {

    private final ReceiptPrinter printer;
    private final SubmissionReceiptTemplate template;
    private final String hallName;
    private final String progressUrl;
    private final ZoneId zone;

    /** @param progressUrl where citizens check progress; the receipt's QR leads there */
    public FilingReceipts(ReceiptPrinter printer, String hallName, String progressUrl, ZoneId zone) {
        this.printer = Objects.requireNonNull(printer, "printer");
        this.template = new SubmissionReceiptTemplate(zone);
        this.hallName = Objects.requireNonNull(hallName, "hallName");
        this.progressUrl = Objects.requireNonNull(progressUrl, "progressUrl");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Prints the receipt of a filing; completes when the printer confirmed the cut or failed.
     *
     * @param names what the receipt calls the matters and materials: Chinese names by code
     */
    public CompletableFuture<PrintOutcome> print(FilingOutcome.Filed filed, FilingNames names) {
        ReceiptData data = filed.receipt();
        LocalDate promised = data.promisedDate().orElseThrow(
                () -> new IllegalArgumentException("a receipt states the promised date; this filing has none"));
        List<String> received = data.materials().stream()
                .map(material -> names.material(material.materialCode()) + " ×" + material.pageCount()).toList();
        List<TopUp> topUps = data.promised().stream()
                .map((PromisedMaterial due) -> new TopUp(names.material(due.materialCode()), due.dueBy()))
                .toList();
        Set<String> toBring = data.promised().stream().map(PromisedMaterial::materialCode).collect(Collectors.toSet());
        List<String> instead = data.commitments().stream().filter(code -> !toBring.contains(code))
                .map(names::material).toList();
        Optional<String> postTo = data.delivery() instanceof ResultDelivery.ByPost post
                ? Optional.of(post.maskedAddress()) : Optional.empty();
        SubmissionReceipt receipt = new SubmissionReceipt(filed.trackingNumber(), hallName, data.kioskId(),
                names.matters(), received, topUps, promised, data.maskedName(), data.maskedIdNumber(), progressUrl,
                data.filedAt(), false, postTo, instead);
        return printer.print(new ReceiptJob(new ReceiptId(filed.trackingNumber()),
                template.render(receipt, printer.paperWidth())));
    }
}
