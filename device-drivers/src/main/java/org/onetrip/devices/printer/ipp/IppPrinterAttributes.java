package org.onetrip.devices.printer.ipp;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onetrip.devices.DeviceText;
import org.onetrip.devices.printer.PrinterActivity;
import org.onetrip.devices.printer.PrinterStateReasons;
import org.onetrip.devices.status.DeviceReason;

/**
 * The status part of a Get-Printer-Attributes response. The printer's texts (keywords, message,
 * model) are kept as {@link DeviceText#printable}, so none reaches a log or a screen raw.
 *
 * @param activity  printer-state: 3 idle, 4 processing, 5 stopped
 * @param keywords  printer-state-reasons as sent, {@code none} left out
 * @param accepting printer-is-accepting-jobs (true when the printer does not say)
 * @param message   printer-state-message, or empty
 * @param model     printer-make-and-model, or empty
 */
public record IppPrinterAttributes(PrinterActivity activity, List<String> keywords, boolean accepting,
                                   Optional<String> message, Optional<String> model) {
    /** What a status check asks for. */
    public static final String[] REQUESTED = {"printer-state", "printer-state-reasons", "printer-is-accepting-jobs",
        "printer-state-message", "printer-make-and-model"};

    public IppPrinterAttributes {
        keywords = keywords.stream().map(DeviceText::printable).toList();
        message = message.map(DeviceText::printable);
        model = model.map(DeviceText::printable);
    }

    /** Reads the printer group of a response; attributes missing from it take neutral values. */
    public static IppPrinterAttributes from(IppMessage response) {
        PrinterActivity activity = response.attribute(IppGroupTag.PRINTER, "printer-state").flatMap(IppAttribute::firstInt)
                .map(IppPrinterAttributes::activity).orElse(PrinterActivity.UNKNOWN);
        List<String> keywords = response.attribute(IppGroupTag.PRINTER, "printer-state-reasons")
                .map(IppAttribute::strings).orElse(List.of()).stream().filter(k -> !k.equals("none")).toList();
        boolean accepting = response.attribute(IppGroupTag.PRINTER, "printer-is-accepting-jobs")
                .flatMap(IppAttribute::firstBoolean).orElse(true);
        Optional<String> message = response.attribute(IppGroupTag.PRINTER, "printer-state-message")
                .map(IppAttribute::strings).flatMap(s -> s.stream().findFirst());
        Optional<String> model = response.attribute(IppGroupTag.PRINTER, "printer-make-and-model")
                .map(IppAttribute::strings).flatMap(s -> s.stream().findFirst());
        return new IppPrinterAttributes(activity, keywords, accepting, message, model);
    }

    public static PrinterActivity activity(int printerState) {
        return switch (printerState) {
            case 3 -> PrinterActivity.IDLE;
            case 4 -> PrinterActivity.PROCESSING;
            case 5 -> PrinterActivity.STOPPED;
            default -> PrinterActivity.UNKNOWN;
        };
    }

    public Set<DeviceReason> reasons() {
        return PrinterStateReasons.reasons(keywords);
    }

    /** One line for technicians: {@code state=idle reasons=[media-empty-report] accepting=true}. */
    public String describe() {
        return "state=" + activity.name().toLowerCase(java.util.Locale.ROOT) + " reasons=" + keywords
                + " accepting=" + accepting + message.map(m -> " message=\"" + m + "\"").orElse("");
    }
}
