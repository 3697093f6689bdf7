package org.onetrip.config.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.onetrip.config.BackendSettings;
import org.onetrip.config.CertificateLimits;
import org.onetrip.config.HallPolicy;
import org.onetrip.config.FleetSettings;
import org.onetrip.config.HealthSettings;
import org.onetrip.config.KeyStoreSettings;
import org.onetrip.config.KioskIdentity;
import org.onetrip.config.KioskSettings;
import org.onetrip.config.LocaleSettings;
import org.onetrip.config.LocalizedText;
import org.onetrip.config.MaintenanceSettings;
import org.onetrip.config.PinHash;
import org.onetrip.config.SecretSource;
import org.onetrip.config.SetAsideSettings;
import org.onetrip.config.Timeouts;
import org.onetrip.config.VoiceSettings;
import org.onetrip.config.devices.DeviceSettings;

/** Binds kiosk.yaml to {@link KioskSettings}; relative paths resolve against the configuration directory. */
final class KioskBinder {

    static final String DEFAULT_DATA_DIRECTORY = "data";
    private static final String CARD_AWAY = "a positive duration of at most 5m, such as 30s";

    private final Path configDirectory;
    private final Clock clock;

    /** @param clock tells the current year, for the calendar's coverage */
    KioskBinder(Path configDirectory, Clock clock) {
        this.configDirectory = configDirectory;
        this.clock = clock;
    }

    Optional<KioskSettings> bind(YamlValue root) {
        return root.mapping().flatMap(file -> {
            int before = root.file().problems().count();
            Optional<KioskIdentity> identity = file.required("kiosk", "a mapping with id, hallName and address")
                    .flatMap(this::identity);
            LocaleSettings locales = file.optional("locales").flatMap(this::locales).orElse(LocaleSettings.DEFAULT);
            Timeouts timeouts = file.optional("timeouts").flatMap(this::timeouts).orElse(Timeouts.DEFAULT);
            Optional<YamlValue> dataNode = file.optional("dataDirectory");
            Path dataDirectory = resolve(dataNode.flatMap(YamlValue::text).orElse(DEFAULT_DATA_DIRECTORY));
            if (java.nio.file.Files.exists(dataDirectory) && !java.nio.file.Files.isDirectory(dataDirectory)) {
                dataNode.ifPresentOrElse(
                        node -> node.problem(dataDirectory + " exists and is not a directory; the kiosk keeps its data"
                                + " in a directory of its own"),
                        () -> file.required("dataDirectory", "a directory: the default " + dataDirectory
                                + " exists and is not a directory"));
            }
            List<DeviceSettings> devices = file.required("devices", "a mapping from device role to device")
                    .flatMap(YamlValue::mapping)
                    .map(this::devices)
                    .orElse(List.of());
            Optional<BackendSettings> backend = file.required("backend", "a mapping with at least url")
                    .flatMap(this::backend);
            Optional<MaintenanceSettings> maintenance = file.required("maintenance",
                    "a mapping with at least technicianPins").flatMap(this::maintenance);
            CertificateLimits limits = file.optional("certificates").flatMap(this::limits).orElse(CertificateLimits.DEFAULT);
            HealthSettings health = file.optional("health").flatMap(KioskBinder::health).orElse(HealthSettings.OFF);
            VoiceSettings voice = file.optional("voice").flatMap(KioskBinder::voice).orElse(VoiceSettings.DEFAULT);
            Optional<HallPolicy> hall = file.required("hall", "a mapping with at least certificateVerificationUrl")
                    .flatMap(new HallBinder(configDirectory, clock)::bind);
            Optional<FleetSettings> fleet = file.optional("fleet").flatMap(new FleetBinder(configDirectory)::bind);
            file.finish();
            return root.build(before, () -> new KioskSettings(identity.orElseThrow(), locales, timeouts, dataDirectory,
                    devices, backend.orElseThrow(), maintenance.orElseThrow(), limits, health, voice, hall.orElseThrow(),
                    fleet));
        });
    }

    private static Optional<HealthSettings> health(YamlValue value) {
        return value.mapping().flatMap(health -> {
            int before = value.file().problems().count();
            String range = Scalars.wholeNumberExpectation(HealthSettings.MIN_PORT, HealthSettings.MAX_PORT);
            Optional<Integer> port = health.optional("metricsPort")
                    .flatMap(v -> v.as(range, Scalars.wholeNumber(HealthSettings.MIN_PORT, HealthSettings.MAX_PORT)));
            health.finish();
            return value.build(before, () -> new HealthSettings(port.map(OptionalInt::of).orElse(OptionalInt.empty())));
        });
    }

    private static Optional<VoiceSettings> voice(YamlValue value) {
        return value.mapping().flatMap(voice -> {
            int before = value.file().problems().count();
            Optional<String> command = voice.optional("command").flatMap(v -> v.as(VoiceSettings.COMMAND_EXPECTATION, text -> {
                if (!VoiceSettings.COMMAND.matcher(text).matches()) {
                    throw new Rejected(text);
                }
                return text;
            }));
            voice.finish();
            return value.build(before, () -> new VoiceSettings(command));
        });
    }

    private List<DeviceSettings> devices(MappingReader devices) {
        List<DeviceSettings> bound = new DeviceBinder(configDirectory).bind(devices);
        devices.finish();
        return bound;
    }

    private Optional<KioskIdentity> identity(YamlValue value) {
        return value.mapping().flatMap(kiosk -> {
            int before = value.file().problems().count();
            Optional<String> id = kiosk.required("id", "3 to 32 upper-case letters, digits or dashes, e.g. SZ-NS-0001",
                    text -> {
                        if (!KioskIdentity.ID_PATTERN.matcher(text).matches()) {
                            throw new Rejected(text);
                        }
                        return text;
                    });
            Optional<LocalizedText> hallName = kiosk.localized("hallName");
            Optional<String> address = kiosk.text("address");
            Optional<String> progressUrl = kiosk.optional("progressUrl").flatMap(url -> url.text().flatMap(text -> {
                if (!text.startsWith("https://") && !text.startsWith("http://")) {
                    url.problem("progressUrl must start with https:// or http://, got " + text);
                    return Optional.empty();
                }
                return Optional.of(text);
            }));
            kiosk.finish();
            return value.build(before, () -> new KioskIdentity(id.orElseThrow(), hallName.orElseThrow(), address.orElseThrow(),
                    progressUrl));
        });
    }

    private Optional<LocaleSettings> locales(YamlValue value) {
        return value.mapping().flatMap(locales -> {
            int before = value.file().problems().count();
            String supported = "zh-CN or en";
            Locale defaultLocale = locales.optional("default", LocaleSettings.DEFAULT.defaultLocale(), supported,
                    Scalars::locale);
            List<Locale> available = locales.optional("available")
                    .flatMap(YamlValue::list)
                    .map(items -> items.stream().map(item -> item.as(supported, Scalars::locale))
                            .flatMap(Optional::stream).toList())
                    .orElse(LocaleSettings.DEFAULT.available());
            locales.finish();
            return value.build(before, () -> new LocaleSettings(defaultLocale, available));
        });
    }

    private Optional<Timeouts> timeouts(YamlValue value) {
        return value.mapping().flatMap(timeouts -> {
            int before = value.file().problems().count();
            Duration inactivity = duration(timeouts, "inactivity", Timeouts.DEFAULT_INACTIVITY);
            Duration warning = duration(timeouts, "warning", Timeouts.DEFAULT_WARNING);
            Duration cardRead = duration(timeouts, "cardRead", Timeouts.DEFAULT_CARD_READ);
            Duration deviceCommand = duration(timeouts, "deviceCommand", Timeouts.DEFAULT_DEVICE_COMMAND);
            Duration backendCall = duration(timeouts, "backendCall", Timeouts.DEFAULT_BACKEND_CALL);
            Duration cardAway = timeouts.optional("cardAway", Timeouts.DEFAULT_CARD_AWAY, CARD_AWAY, text -> {
                Duration grace = Scalars.duration(text);
                if (grace.compareTo(Timeouts.MAX_CARD_AWAY) > 0) {
                    throw new Rejected(text);
                }
                return grace;
            });
            timeouts.finish();
            return value.build(before, () -> new Timeouts(inactivity, warning, cardRead, deviceCommand, backendCall, cardAway));
        });
    }

    private static Duration duration(MappingReader mapping, String key, Duration fallback) {
        return mapping.optional(key, fallback, Scalars.DURATION, Scalars::duration);
    }

    private Optional<BackendSettings> backend(YamlValue value) {
        return value.mapping().flatMap(backend -> {
            int before = value.file().problems().count();
            Optional<URI> url = backend.required("url", "an http:// or https:// URL ending with '/'",
                    Scalars::httpUrl);
            Duration connect = duration(backend, "connectTimeout", BackendSettings.DEFAULT_CONNECT_TIMEOUT);
            Optional<KeyStoreSettings> trustStore = backend.optional("trustStore").flatMap(this::store);
            Optional<KeyStoreSettings> clientKeyStore = backend.optional("clientKeyStore").flatMap(this::store);
            List<String> sealingKeys = backend.list("sealingKeys").stream()
                    .map(item -> item.as("a sealing key id: the 43-character kid that GET /sealing-keys publishes",
                            text -> {
                                if (!BackendSettings.SEALING_KEY_ID.matcher(text).matches()) {
                                    throw new Rejected(text);
                                }
                                return text;
                            }))
                    .flatMap(Optional::stream).toList();
            SetAsideSettings setAside = backend.optional("setAside").flatMap(KioskBinder::setAside)
                    .orElse(SetAsideSettings.DEFAULT);
            backend.finish();
            return value.build(before, () -> new BackendSettings(url.orElseThrow(), trustStore, clientKeyStore, connect,
                    sealingKeys, setAside));
        });
    }

    private static Optional<SetAsideSettings> setAside(YamlValue value) {
        return value.mapping().flatMap(rule -> {
            int before = value.file().problems().count();
            int failures = rule.optional("afterFailures", SetAsideSettings.DEFAULT_AFTER_FAILURES,
                    Scalars.wholeNumberExpectation(1, SetAsideSettings.MAX_FAILURES),
                    Scalars.wholeNumber(1, SetAsideSettings.MAX_FAILURES));
            Duration failingFor = rule.optional("afterFailingFor", SetAsideSettings.DEFAULT_AFTER_FAILING_FOR,
                    "a duration from 1m to 30d, such as 24h", text -> {
                        Duration parsed = Scalars.duration(text);
                        if (!SetAsideSettings.allowedFailingFor(parsed)) {
                            throw new Rejected(text);
                        }
                        return parsed;
                    });
            Optional<YamlValue> refusalsNode = rule.optional("afterRefusals");
            int refusals = rule.optional("afterRefusals", Math.min(SetAsideSettings.DEFAULT_AFTER_REFUSALS, failures),
                    Scalars.wholeNumberExpectation(1, SetAsideSettings.MAX_FAILURES),
                    Scalars.wholeNumber(1, SetAsideSettings.MAX_FAILURES));
            rule.finish();
            if (refusals > failures) {
                refusalsNode.orElse(value).problem("afterRefusals (" + refusals + ") must not exceed afterFailures ("
                        + failures + "): a refusal is a failure too");
            }
            return value.build(before, () -> new SetAsideSettings(failures, failingFor, refusals));
        });
    }

    private Optional<KeyStoreSettings> store(YamlValue value) {
        return value.mapping().flatMap(store -> {
            int before = value.file().problems().count();
            Optional<String> path = store.text("path");
            KeyStoreSettings.StoreType type = store.choice("type", KeyStoreSettings.StoreType.class,
                    KeyStoreSettings.StoreType.PKCS12);
            Optional<SecretSource> password = type == KeyStoreSettings.StoreType.PEM
                    ? store.optional("password").flatMap(this::secret)
                    : store.required("password", "a mapping with env or file").flatMap(this::secret);
            store.finish();
            if (type == KeyStoreSettings.StoreType.PEM && password.isPresent()) {
                value.problem("a PEM trust store has no password; remove password");
                return Optional.empty();
            }
            return value.build(before, () -> new KeyStoreSettings(resolve(path.orElseThrow()), type, password));
        });
    }

    private Optional<SecretSource> secret(YamlValue value) {
        return value.mapping().flatMap(secret -> {
            int before = value.file().problems().count();
            Optional<String> env = secret.optionalText("env");
            Optional<String> file = secret.optionalText("file");
            secret.finish();
            if (env.isPresent() == file.isPresent()) {
                value.problem("give exactly one of env (an environment variable) or file (a path)");
                return Optional.empty();
            }
            return value.build(before, () -> env.<SecretSource>map(SecretSource.FromEnvironment::new)
                    .orElseGet(() -> new SecretSource.FromFile(resolve(file.orElseThrow()))));
        });
    }

    private Optional<MaintenanceSettings> maintenance(YamlValue value) {
        return value.mapping().flatMap(maintenance -> {
            int before = value.file().problems().count();
            List<PinHash> pins = maintenance.required("technicianPins", "a list of PIN hashes")
                    .flatMap(YamlValue::list)
                    .map(items -> items.stream()
                            .map(item -> item.as("a PIN hash written " + PinHash.FORMAT, PinHash::parse))
                            .flatMap(Optional::stream).toList())
                    .orElse(List.of());
            int attempts = maintenance.optional("maxWrongAttempts", MaintenanceSettings.DEFAULT_MAX_WRONG_ATTEMPTS,
                    Scalars.wholeNumberExpectation(1, MaintenanceSettings.MAX_WRONG_ATTEMPTS_LIMIT),
                    Scalars.wholeNumber(1, MaintenanceSettings.MAX_WRONG_ATTEMPTS_LIMIT));
            Duration lockout = duration(maintenance, "lockout", MaintenanceSettings.DEFAULT_LOCKOUT);
            List<String> cards = maintenance.list("technicianCards").stream()
                    .map(item -> item.as("8 to 20 upper-case hex digits", text -> {
                        if (!text.matches("[0-9A-F]{8,20}")) {
                            throw new Rejected(text);
                        }
                        return text;
                    }))
                    .flatMap(Optional::stream).toList();
            maintenance.finish();
            return value.build(before, () -> new MaintenanceSettings(pins, attempts, lockout, cards));
        });
    }

    private Optional<CertificateLimits> limits(YamlValue value) {
        return value.mapping().flatMap(certificates -> {
            int before = value.file().problems().count();
            int daily = certificates.optional("dailyLimitPerCitizen", CertificateLimits.DEFAULT_DAILY_PER_CITIZEN,
                    Scalars.wholeNumberExpectation(1, CertificateLimits.MAX_DAILY),
                    Scalars.wholeNumber(1, CertificateLimits.MAX_DAILY));
            Map<String, Integer> overrides = new LinkedHashMap<>();
            certificates.optional("overrides").flatMap(YamlValue::mapping).ifPresent(mapping -> {
                for (String code : List.copyOf(mapping.keys())) {
                    mapping.optional(code).flatMap(limit -> limit.as(
                                    Scalars.wholeNumberExpectation(0, CertificateLimits.MAX_DAILY),
                                    Scalars.wholeNumber(0, CertificateLimits.MAX_DAILY)))
                            .ifPresent(limit -> overrides.put(code, limit));
                }
            });
            certificates.finish();
            return value.build(before, () -> new CertificateLimits(daily, overrides));
        });
    }

    private Path resolve(String path) {
        return configDirectory.resolve(path).toAbsolutePath().normalize();
    }
}
