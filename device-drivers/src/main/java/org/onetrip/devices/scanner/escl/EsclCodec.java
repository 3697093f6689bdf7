package org.onetrip.devices.scanner.escl;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.onetrip.devices.scanner.ScanColorMode;
import org.onetrip.devices.scanner.ScanRequest;
import org.onetrip.devices.scanner.ScanSource;
import org.onetrip.devices.scanner.ScannerCapabilities;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * eSCL documents to and from records (Mopria eSCL): ScannerCapabilities, ScannerStatus and ScanSettings.
 * Pure: no I/O, no clock, no threads. Malformed input throws {@link EsclFormatException}.
 */
public final class EsclCodec {
    /** A4 in eSCL's unit, three-hundredths of an inch: 210 mm x 297 mm. */
    public static final int A4_WIDTH_300THS = 2480;
    public static final int A4_HEIGHT_300THS = 3508;

    private EsclCodec() {
    }

    /** Reads a ScannerCapabilities document. */
    public static ScannerCapabilities capabilities(byte[] xml) {
        Document doc = EsclXml.parse(xml);
        Element root = doc.getDocumentElement();
        if (!"ScannerCapabilities".equals(root.getLocalName())) {
            throw new EsclFormatException("expected ScannerCapabilities, got " + root.getLocalName());
        }
        Set<ScanSource> sources = EnumSet.noneOf(ScanSource.class);
        Set<Integer> resolutions = new TreeSet<>();
        Set<ScanColorMode> modes = EnumSet.noneOf(ScanColorMode.class);
        Set<String> formats = new LinkedHashSet<>();
        List<Element> inputs = new ArrayList<>();
        EsclXml.first(root, "Platen").ifPresent(platen -> {
            sources.add(ScanSource.PLATEN);
            inputs.add(platen);
        });
        EsclXml.first(root, "Adf").ifPresent(adf -> {
            sources.add(ScanSource.FEEDER);
            inputs.add(adf);
        });
        for (Element input : inputs) {
            for (Element mode : EsclXml.all(input, "ColorMode")) {
                colorMode(mode.getTextContent().trim()).ifPresent(modes::add);
            }
            for (Element format : EsclXml.all(input, "DocumentFormat")) {
                formats.add(format.getTextContent().trim());
            }
            for (Element format : EsclXml.all(input, "DocumentFormatExt")) {
                formats.add(format.getTextContent().trim());
            }
            for (Element resolution : EsclXml.all(input, "DiscreteResolution")) {
                String x = EsclXml.text(resolution, "XResolution")
                        .orElseThrow(() -> new EsclFormatException("DiscreteResolution without XResolution"));
                resolutions.add(number(x, "XResolution"));
            }
        }
        if (sources.isEmpty()) {
            throw new EsclFormatException("the scanner names neither a Platen nor an Adf");
        }
        if (resolutions.isEmpty() || modes.isEmpty() || formats.isEmpty()) {
            throw new EsclFormatException("the scanner lists no " + (resolutions.isEmpty() ? "DiscreteResolution"
                    : modes.isEmpty() ? "known ColorMode" : "DocumentFormat"));
        }
        String model = EsclXml.text(root, "MakeAndModel").orElse("");
        return new ScannerCapabilities(model, sources, new TreeSet<>(resolutions), modes, formats);
    }

    /** Reads a ScannerStatus document. */
    public static EsclStatus status(byte[] xml) {
        Document doc = EsclXml.parse(xml);
        Element root = doc.getDocumentElement();
        if (!"ScannerStatus".equals(root.getLocalName())) {
            throw new EsclFormatException("expected ScannerStatus, got " + root.getLocalName());
        }
        String state = EsclXml.text(root, "State").orElseThrow(() -> new EsclFormatException("ScannerStatus without State"));
        Optional<EsclStatus.AdfState> adf = EsclXml.text(root, "AdfState").map(EsclStatus.AdfState::ofKeyword);
        List<EsclStatus.JobInfo> jobs = new ArrayList<>();
        for (Element info : EsclXml.all(root, "JobInfo")) {
            String uri = EsclXml.text(info, "JobUri").orElse("");
            String jobState = EsclXml.text(info, "JobState").orElse("");
            int images = EsclXml.text(info, "ImagesCompleted").map(t -> number(t, "ImagesCompleted")).orElse(0);
            jobs.add(new EsclStatus.JobInfo(uri, jobState, images));
        }
        return new EsclStatus(EsclStatus.ScannerState.ofKeyword(state), adf, jobs);
    }

    /** Writes the ScanSettings for a request: a whole A4 page, in the request's source, mode, resolution and format. */
    public static String scanSettings(ScanRequest request) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <scan:ScanSettings xmlns:scan="%s" xmlns:pwg="%s">
                  <pwg:Version>2.0</pwg:Version>
                  <scan:Intent>Document</scan:Intent>
                  <pwg:ScanRegions>
                    <pwg:ScanRegion>
                      <pwg:ContentRegionUnits>escl:ThreeHundredthsOfInches</pwg:ContentRegionUnits>
                      <pwg:XOffset>0</pwg:XOffset>
                      <pwg:YOffset>0</pwg:YOffset>
                      <pwg:Width>%d</pwg:Width>
                      <pwg:Height>%d</pwg:Height>
                    </pwg:ScanRegion>
                  </pwg:ScanRegions>
                  <pwg:InputSource>%s</pwg:InputSource>
                  <scan:ColorMode>%s</scan:ColorMode>
                  <pwg:DocumentFormat>%s</pwg:DocumentFormat>
                  <scan:DocumentFormatExt>%s</scan:DocumentFormatExt>
                  <scan:XResolution>%d</scan:XResolution>
                  <scan:YResolution>%d</scan:YResolution>
                </scan:ScanSettings>
                """.formatted(EsclXml.SCAN, EsclXml.PWG, A4_WIDTH_300THS, A4_HEIGHT_300THS,
                request.source() == ScanSource.FEEDER ? "Feeder" : "Platen", keyword(request.colorMode()),
                EsclXml.escape(request.format()), EsclXml.escape(request.format()), request.resolutionDpi(),
                request.resolutionDpi());
    }

    /** Reads a ScanSettings document back into a request (what a scanner does with it). */
    public static ScanRequest scanRequest(byte[] xml) {
        Document doc = EsclXml.parse(xml);
        Element root = doc.getDocumentElement();
        if (!"ScanSettings".equals(root.getLocalName())) {
            throw new EsclFormatException("expected ScanSettings, got " + root.getLocalName());
        }
        String source = EsclXml.text(root, "InputSource").orElse("Platen");
        ScanSource scanSource = switch (source) {
            case "Platen" -> ScanSource.PLATEN;
            case "Feeder" -> ScanSource.FEEDER;
            default -> throw new EsclFormatException("unknown InputSource " + source);
        };
        String mode = EsclXml.text(root, "ColorMode").orElseThrow(() -> new EsclFormatException("ScanSettings without ColorMode"));
        ScanColorMode colorMode = colorMode(mode).orElseThrow(() -> new EsclFormatException("unknown ColorMode " + mode));
        String format = EsclXml.text(root, "DocumentFormatExt").or(() -> EsclXml.text(root, "DocumentFormat"))
                .orElse(ScanRequest.JPEG);
        int dpi = number(EsclXml.text(root, "XResolution").orElseThrow(
                () -> new EsclFormatException("ScanSettings without XResolution")), "XResolution");
        try {
            return new ScanRequest(scanSource, dpi, colorMode, format);
        } catch (IllegalArgumentException e) {
            throw new EsclFormatException(e.getMessage(), e);
        }
    }

    /** The eSCL keyword of a colour mode. */
    public static String keyword(ScanColorMode mode) {
        return switch (mode) {
            case COLOR -> "RGB24";
            case GRAYSCALE -> "Grayscale8";
            case BLACK_AND_WHITE -> "BlackAndWhite1";
        };
    }

    private static Optional<ScanColorMode> colorMode(String keyword) {
        return switch (keyword) {
            case "RGB24" -> Optional.of(ScanColorMode.COLOR);
            case "Grayscale8" -> Optional.of(ScanColorMode.GRAYSCALE);
            case "BlackAndWhite1" -> Optional.of(ScanColorMode.BLACK_AND_WHITE);
            // 48-bit and 16-bit modes exist but are never asked for: a kiosk has no use for them
            default -> Optional.empty();
        };
    }

    private static int number(String text, String element) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new EsclFormatException(element + " must be a whole number, was '" + text + "'", e);
        }
    }
}
