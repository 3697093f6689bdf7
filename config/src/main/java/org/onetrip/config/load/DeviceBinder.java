package org.onetrip.config.load;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.onetrip.config.PageSize;
import org.onetrip.config.devices.CardProfile;
import org.onetrip.config.devices.DeviceConnection;
import org.onetrip.config.devices.DeviceKind;
import org.onetrip.config.devices.DeviceRole;
import org.onetrip.config.devices.DeviceSettings;
import org.onetrip.config.devices.RoleOptions;
import org.onetrip.config.devices.TlvField;
import org.onetrip.config.devices.TlvLayout;

/** Binds the {@code devices} mapping of kiosk.yaml: one entry per role, each with its kind's parameters. */
final class DeviceBinder {

    private final Path configDirectory;

    DeviceBinder(Path configDirectory) {
        this.configDirectory = configDirectory;
    }

    List<DeviceSettings> bind(MappingReader devices) {
        return Arrays.stream(DeviceRole.values())
                .map(role -> devices.optional(role.configName()).flatMap(value -> bind(role, value)))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<DeviceSettings> bind(DeviceRole role, YamlValue value) {
        return value.mapping().flatMap(device -> {
            int before = value.file().problems().count();
            Optional<DeviceKind> kind = device.requiredChoice("kind", DeviceKind.class);
            if (kind.isEmpty()) {
                // without a kind the other keys cannot be judged; the kind's problem is enough
                return Optional.empty();
            }
            if (!role.kinds().contains(kind.get())) {
                device.optional("kind").orElseThrow().problem("a " + role.configName() + " cannot be of kind '"
                        + kind.get().configName() + "'; allowed for " + role.configName() + ": "
                        + role.kinds().stream().map(DeviceKind::configName).collect(Collectors.joining(", ")));
                return Optional.empty();
            }
            Optional<DeviceConnection> connection = connection(kind.get(), device);
            RoleOptions options = options(role, device);
            device.finish();
            return value.build(before, () -> new DeviceSettings(role, connection.orElseThrow(), options));
        });
    }

    private Optional<DeviceConnection> connection(DeviceKind kind, MappingReader device) {
        YamlValue self = device.self();
        int before = self.file().problems().count();
        return switch (kind) {
            case SIMULATED -> {
                String scenario = device.optionalText("scenario").orElse(DeviceConnection.Simulated.DEFAULT_SCENARIO);
                Map<String, String> options = simulatorOptions(device);
                yield self.build(before, () -> new DeviceConnection.Simulated(scenario, options));
            }
            case SERIAL -> {
                Optional<String> port = device.text("port");
                int baud = device.optional("baud", DeviceConnection.Serial.DEFAULT_BAUD,
                        Scalars.oneOfExpectation(DeviceConnection.Serial.BAUD_RATES),
                        Scalars.oneOf(DeviceConnection.Serial.BAUD_RATES));
                yield self.build(before, () -> new DeviceConnection.Serial(port.orElseThrow(), baud));
            }
            case TCP -> {
                Optional<String> host = device.text("host");
                String portRange = Scalars.wholeNumberExpectation(DeviceConnection.Tcp.MIN_PORT, DeviceConnection.Tcp.MAX_PORT);
                Optional<Integer> port = device.required("port", portRange,
                        Scalars.wholeNumber(DeviceConnection.Tcp.MIN_PORT, DeviceConnection.Tcp.MAX_PORT));
                yield self.build(before, () -> new DeviceConnection.Tcp(host.orElseThrow(), port.orElseThrow()));
            }
            case PCSC -> {
                Optional<String> reader = device.optionalText("reader");
                CardProfile profile = device.choice("profile", CardProfile.class, CardProfile.BELGIAN_EID);
                Optional<YamlValue> tlv = device.optional("tlv");
                Optional<TlvLayout> layout = Optional.empty();
                if (profile == CardProfile.GENERIC_TLV && tlv.isEmpty()) {
                    device.required("tlv", "a mapping with file and tags (profile generic-tlv reads its identity from it)");
                } else if (profile != CardProfile.GENERIC_TLV && tlv.isPresent()) {
                    tlv.get().problem("tlv goes only with profile generic-tlv; profile " + profile.configName()
                            + " knows where its card keeps the identity");
                } else {
                    layout = tlv.flatMap(DeviceBinder::tlvLayout);
                }
                Optional<TlvLayout> chosen = layout;
                yield self.build(before, () -> new DeviceConnection.Pcsc(reader, profile, chosen));
            }
            case ESCL -> {
                Optional<URI> url = device.required("url", "an http:// or https:// URL", Scalars::httpUrl);
                yield self.build(before, () -> new DeviceConnection.Escl(url.orElseThrow()));
            }
            case FOLDER -> {
                Optional<String> directory = device.text("directory");
                yield self.build(before, () -> new DeviceConnection.Folder(resolve(directory.orElseThrow())));
            }
            case IPP -> {
                Optional<URI> uri = device.required("uri", "an ipp://, ipps://, http:// or https:// URI", Scalars::uri);
                yield self.build(before, () -> new DeviceConnection.Ipp(uri.orElseThrow()));
            }
            case SYSTEM -> {
                Optional<String> printer = device.text("printer");
                yield self.build(before, () -> new DeviceConnection.SystemPrinter(printer.orElseThrow()));
            }
        };
    }

    private static final String FILE_PATH = "2-byte file ids in hex, e.g. 3F00DF014031";

    private static Optional<TlvLayout> tlvLayout(YamlValue value) {
        return value.mapping().flatMap(tlv -> {
            int before = value.file().problems().count();
            Optional<byte[]> aid = tlv.optional("aid").flatMap(v -> v.as("the application id in hex, e.g. A000000177504B43532D3135", Scalars::hex));
            Optional<byte[]> file = tlv.required("file", FILE_PATH, Scalars::hex);
            Optional<byte[]> photo = tlv.optional("photo").flatMap(v -> v.as(FILE_PATH, Scalars::hex));
            String dateFormat = tlv.optional("dateFormat", TlvLayout.DEFAULT_DATE_FORMAT, "a date pattern such as yyyyMMdd",
                    Scalars::datePattern);
            boolean residentIdNumber = tlv.flag("residentIdNumber", true);
            Map<TlvField, Integer> tags = new EnumMap<>(TlvField.class);
            tlv.required("tags", "a mapping of field: tag, e.g. {name: 1, sex: 2, ...}").flatMap(YamlValue::mapping).ifPresent(fields -> {
                for (TlvField field : TlvField.values()) {
                    String tagRange = Scalars.wholeNumberExpectation(1, 255);
                    Optional<Integer> tag = field == TlvField.VALID_TO
                            ? fields.optional(field.configName()).flatMap(v -> v.as(tagRange, Scalars.wholeNumber(1, 255)))
                            : fields.required(field.configName(), tagRange, Scalars.wholeNumber(1, 255));
                    tag.ifPresent(t -> tags.put(field, t));
                }
                fields.finish();
            });
            tlv.finish();
            return value.build(before, () -> new TlvLayout(aid, file.orElseThrow(), photo, tags, dateFormat, residentIdNumber));
        });
    }

    private static Map<String, String> simulatorOptions(MappingReader device) {
        Map<String, String> options = new LinkedHashMap<>();
        device.optional("options").flatMap(YamlValue::mapping).ifPresent(mapping -> {
            for (String key : List.copyOf(mapping.keys())) {
                mapping.optional(key).flatMap(v -> v.scalar("a plain value")).ifPresent(text -> options.put(key, text));
            }
        });
        return options;
    }

    private static RoleOptions options(DeviceRole role, MappingReader device) {
        return switch (role) {
            case ID_CARD_READER -> new RoleOptions.IdCardReaderOptions();
            case RECEIPT_PRINTER -> new RoleOptions.ReceiptPrinterOptions(device.optional("paperWidth",
                    RoleOptions.ReceiptPrinterOptions.DEFAULT_PAPER_WIDTH_MM,
                    Scalars.oneOfExpectation(RoleOptions.ReceiptPrinterOptions.PAPER_WIDTHS_MM) + " (millimetres)",
                    Scalars.oneOf(RoleOptions.ReceiptPrinterOptions.PAPER_WIDTHS_MM)));
            case CERTIFICATE_PRINTER -> new RoleOptions.CertificatePrinterOptions(
                    device.choice("paperSize", PageSize.class, RoleOptions.CertificatePrinterOptions.DEFAULT_PAPER_SIZE),
                    device.flag("duplex", false));
            case SCANNER -> new RoleOptions.ScannerOptions(device.optional("resolution",
                    RoleOptions.ScannerOptions.DEFAULT_RESOLUTION_DPI,
                    Scalars.oneOfExpectation(RoleOptions.ScannerOptions.RESOLUTIONS_DPI) + " (dpi)",
                    Scalars.oneOf(RoleOptions.ScannerOptions.RESOLUTIONS_DPI)),
                    device.choice("colorMode", RoleOptions.ColorMode.class, RoleOptions.ScannerOptions.DEFAULT_COLOR_MODE));
        };
    }

    private Path resolve(String path) {
        return configDirectory.resolve(path).toAbsolutePath().normalize();
    }
}
