package org.onetrip.kiosk.filing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.onetrip.devices.receipt.PrintOutcome;
import org.onetrip.devices.receipt.ReceiptJob;
import org.onetrip.devices.receipt.ReceiptId;
import org.onetrip.devices.receipt.ReceiptPrinter;
import org.onetrip.kiosk.material.WorkingDayCalendar;
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
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;

    /** @param progressUrl where citizens check progress; the receipt's QR leads there */
    public FilingReceipts(ReceiptPrinter printer, String hallName, String progressUrl, WorkingDayCalendar calendar,
            ZoneId zone) {
        this.printer = Objects.requireNonNull(printer, "printer");
        this.template = new SubmissionReceiptTemplate(zone);
        this.hallName = Objects.requireNonNull(hallName, "hallName");
        this.progressUrl = Objects.requireNonNull(progressUrl, "progressUrl");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Prints the receipt of a filing; completes when the printer confirmed the cut or failed.
     *
     * @param names what the receipt calls the matters and materials: Chinese names by code
     */
    public CompletableFuture<PrintOutcome> print(FilingOutcome.Filed filed, FilingNames names, int promisedWorkingDays) {
        LocalDate filedOn = filed.receipt().filedAt().atZone(zone).toLocalDate();
        List<String> received = filed.receipt().materials().stream()
                .map(material -> names.material(material.materialCode()) + " ×" + material.pageCount()).toList();
        List<TopUp> topUps = filed.receipt().promised().stream()
                .map((PromisedMaterial promised) -> new TopUp(names.material(promised.materialCode()), promised.dueBy()))
                .toList();
        SubmissionReceipt receipt = new SubmissionReceipt(filed.trackingNumber(), hallName, filed.receipt().kioskId(),
                names.matters(), received, topUps, calendar.after(filedOn, promisedWorkingDays),
                filed.receipt().maskedName(), filed.receipt().maskedIdNumber(), progressUrl,
                filed.receipt().filedAt(), false);
        return printer.print(new ReceiptJob(new ReceiptId(filed.trackingNumber()),
                template.render(receipt, printer.paperWidth())));
    }
}
