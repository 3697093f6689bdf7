package org.onetrip.config.devices;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** How to reach a device: one record per {@link DeviceKind}, with that kind's parameters. */
public sealed interface DeviceConnection {

    /** The kind this connection is. */
    DeviceKind kind();

    /**
     * A simulator inside the kiosk process, speaking the device's real protocol.
     *
     * @param scenario the simulator's starting behaviour, e.g. {@code default}, {@code paper-near-end}
     * @param options  further simulator switches, passed through as text
     */
    record Simulated(String scenario, Map<String, String> options) implements DeviceConnection {
        public static final String DEFAULT_SCENARIO = "default";

        public Simulated {
            Objects.requireNonNull(scenario, "scenario");
            if (!scenario.matches("[a-z0-9][a-z0-9-]*")) {
                throw new IllegalArgumentException("scenario must be lower-case words joined by '-', got " + scenario);
            }
            options = Map.copyOf(options);
        }

        @Override
        public DeviceKind kind() {
            return DeviceKind.SIMULATED;
        }
    }

    /**
     * A serial line (RS-232 or USB CDC), 8 data bits, no parity, 1 stop bit.
     *
     * @param portPath e.g. {@code /dev/ttyUSB0} or {@code COM3}
     * @param baud     one of {@link #BAUD_RATES}
     */
    record Serial(String portPath, int baud) implements DeviceConnection {
        public static final Set<Integer> BAUD_RATES = Set.of(9600, 19200, 38400, 57600, 115200);
        public static final int DEFAULT_BAUD = 115200;

        public Serial {
            Objects.requireNonNull(portPath, "portPath");
            if (portPath.isBlank()) {
                throw new IllegalArgumentException("serial port path must not be blank");
            }
            if (!BAUD_RATES.contains(baud)) {
                throw new IllegalArgumentException("baud must be one of 9600, 19200, 38400, 57600, 115200, got " + baud);
            }
        }

        @Override
        public DeviceKind kind() {
            return DeviceKind.SERIAL;
        }
    }

    /**
     * A raw TCP socket, e.g. a network receipt printer on port 9100.
     *
     * @param host host name or IP address
     * @param port 1 to 65535
     */
    record Tcp(String host, int port) implements DeviceConnection {
        public static final int MIN_PORT = 1;
        public static final int MAX_PORT = 65535;

        public Tcp {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new IllegalArgumentException("host must not be blank");
            }
            if (port < MIN_PORT || port > MAX_PORT) {
                throw new IllegalArgumentException("port must be from 1 to 65535, got " + port);
            }
        }

        @Override
        public DeviceKind kind() {
            return DeviceKind.TCP;
        }
    }

    /**
     * A smart-card reader through PC/SC.
     *
     * @param readerName the PC/SC reader name, or empty for the first reader with a card
     * @param profile    the card application to talk to
     * @param tlvLayout  where the identity is, for {@link CardProfile#GENERIC_TLV} (and only then)
     */
    record Pcsc(Optional<String> readerName, CardProfile profile, Optional<TlvLayout> tlvLayout) implements DeviceConnection {
        public Pcsc {
            Objects.requireNonNull(readerName, "readerName");
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(tlvLayout, "tlvLayout");
            if ((profile == CardProfile.GENERIC_TLV) != tlvLayout.isPresent()) {
                throw new IllegalArgumentException(profile == CardProfile.GENERIC_TLV
                        ? "profile generic-tlv needs a tlv layout" : "a tlv layout goes only with profile generic-tlv");
            }
        }

        public Pcsc(Optional<String> readerName, CardProfile profile) {
            this(readerName, profile, Optional.empty());
        }

        @Override
        public DeviceKind kind() {
            return DeviceKind.PCSC;
        }
    }

    /** A network scanner speaking eSCL (AirScan) at {@code url}, e.g. {@code http://10.0.0.7/eSCL/}. */
    record Escl(URI url) implements DeviceConnection {
        public Escl {
            requireHttp(url);
        }

        @Override
        public DeviceKind kind() {
            return DeviceKind.ESCL;
        }
    }

    /** A scanner that drops page images into a directory, which the kiosk watches. */
    record Folder(Path directory) implements DeviceConnection {
        public Folder {
            Objects.requireNonNull(directory, "directory");
        }

        @Override
        public DeviceKind kind() {
            return DeviceKind.FOLDER;
        }
    }

    /** A printer speaking IPP at {@code uri}, e.g. {@code ipp://10.0.0.8:631/ipp/print}. */
    record Ipp(URI uri) implements DeviceConnection {
        public Ipp {
            Objects.requireNonNull(uri, "uri");
            if (!Set.of("ipp", "ipps", "http", "https").contains(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("IPP uri must be ipp://, ipps://, http:// or https:// with a host, got " + uri);
            }
        }

        @Override
        public DeviceKind kind() {
            return DeviceKind.IPP;
        }
    }

    /** A printer installed in the operating system's print system, by its queue name. */
    record SystemPrinter(String printerName) implements DeviceConnection {
        public SystemPrinter {
            Objects.requireNonNull(printerName, "printerName");
            if (printerName.isBlank()) {
                throw new IllegalArgumentException("printer name must not be blank");
            }
        }

        @Override
        public DeviceKind kind() {
            return DeviceKind.SYSTEM;
        }
    }

    private static void requireHttp(URI url) {
        Objects.requireNonNull(url, "url");
        if (!Set.of("http", "https").contains(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("url must be http:// or https:// with a host, got " + url);
        }
    }
}
