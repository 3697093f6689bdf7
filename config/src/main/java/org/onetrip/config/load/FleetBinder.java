package org.onetrip.config.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.onetrip.config.FleetSettings;

/** Binds the {@code fleet:} section of kiosk.yaml; relative paths resolve against the configuration directory. */
final class FleetBinder {

    private final Path configDirectory;

    FleetBinder(Path configDirectory) {
        this.configDirectory = configDirectory;
    }

    Optional<FleetSettings> bind(YamlValue value) {
        return value.mapping().flatMap(fleet -> {
            int before = value.file().problems().count();
            Optional<URI> broker = fleet.required("broker", FleetSettings.BROKER_EXPECTATION, FleetBinder::broker);
            Optional<String> region = fleet.required("region", FleetSettings.LEVEL_EXPECTATION, FleetBinder::level);
            Optional<String> hall = fleet.required("hall", FleetSettings.LEVEL_EXPECTATION, FleetBinder::level);
            Optional<Path> operatorKey = fleet.required("operatorKey",
                    "the fleet operator's public key file (fleet keygen writes NAME.pub.jwk)").flatMap(this::existingFile);
            Optional<Path> brokerCa = fleet.optional("brokerCa").flatMap(this::existingFile);
            Optional<String> user = fleet.optionalText("user");
            Optional<Path> passwordFile = fleet.optional("passwordFile").flatMap(this::existingFile);
            int events = fleet.optional("eventLimit", FleetSettings.DEFAULT_EVENTS,
                    Scalars.wholeNumberExpectation(FleetSettings.MIN_EVENTS, FleetSettings.MAX_EVENTS),
                    Scalars.wholeNumber(FleetSettings.MIN_EVENTS, FleetSettings.MAX_EVENTS));
            fleet.finish();
            return value.build(before, () -> new FleetSettings(broker.orElseThrow(), region.orElseThrow(),
                    hall.orElseThrow(), operatorKey.orElseThrow(), brokerCa, user, passwordFile, events));
        });
    }

    private Optional<Path> existingFile(YamlValue value) {
        return value.text().flatMap(text -> {
            Path file = configDirectory.resolve(text).toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                value.problem("no such file: " + file);
                return Optional.empty();
            }
            return Optional.of(file);
        });
    }

    private static URI broker(String text) {
        try {
            URI uri = new URI(text);
            if (uri.getHost() == null || !("mqtts".equals(uri.getScheme())
                    || ("mqtt".equals(uri.getScheme()) && FleetSettings.onLoopback(uri)))) {
                throw new Rejected(text);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new Rejected(text);
        }
    }

    private static String level(String text) {
        if (!FleetSettings.LEVEL.matcher(text).matches()) {
            throw new Rejected(text);
        }
        return text;
    }
}
