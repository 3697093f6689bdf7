package org.onetrip.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** A configuration directory written by a test: a kiosk.yaml and a catalog.yaml, either of them edited. */
final class ConfigDirectory {

    /** The shipped configuration, seen from the module directory where tests run. */
    static final Path SHIPPED = Path.of("..", "conf");

    /** The PIN behind {@link #PIN_HASH}. */
    static final String PIN = "135790";

    /** An Argon2id hash of {@link #PIN} at the lowest cost accepted, so that the many loads of the tests stay quick. */
    static final String PIN_HASH =
            "argon2id$v=19$m=8192,t=1,p=1$digits=6$c2l4dGVlbi1ieXRlLXNhbHQ=$8SqiOcN6bTU+2y3QahuUox0mbWF+xluTZu4z3MKIibE=";

    /** A hash of the demo PIN 246810, as cheap. */
    static final String DEMO_PIN_HASH =
            "argon2id$v=19$m=8192,t=1,p=1$digits=6$c2l4dGVlbi1ieXRlLXNhbDI=$c5McFdB9On0dYcYptIQu3xro68g11GkhHY9fGd+gT/8=";

    /** A small valid kiosk.yaml; tests replace parts of it. */
    static final String KIOSK = """
            kiosk:
              id: SZ-NS-0001
              hallName: {zh-CN: 测试厅, en: Test hall}
              address: 测试路1号
            timeouts:
              inactivity: 60s
            devices:
              receiptPrinter:
                kind: tcp
                host: 127.0.0.1
                port: 9100
            backend:
              url: http://127.0.0.1:18080/
              connectTimeout: 5s
            maintenance:
              technicianPins:
                - %s
            certificates:
              overrides:
                ZM-HJ: 2
            hall:
              certificateVerificationUrl: https://zwfw.example.gov.cn/verify
            """.formatted(PIN_HASH);

    final Path dir;
    String kiosk = KIOSK;
    String catalog;

    ConfigDirectory(Path dir) {
        this.dir = dir;
        this.catalog = read(SHIPPED.resolve("catalog.yaml"));
    }

    Path kioskFile() {
        return dir.resolve("kiosk.yaml").toAbsolutePath().normalize();
    }

    Path catalogFile() {
        return dir.resolve("catalog.yaml").toAbsolutePath().normalize();
    }

    /** Replaces the first occurrence of {@code text} in kiosk.yaml; fails when absent so that tests stay honest. */
    ConfigDirectory editKiosk(String text, String replacement) {
        kiosk = replaceFirst(kiosk, text, replacement);
        return this;
    }

    ConfigDirectory editCatalog(String text, String replacement) {
        catalog = replaceFirst(catalog, text, replacement);
        return this;
    }

    /** Writes both files and expects the load to fail; returns the problems. */
    List<ConfigurationProblem> problems() {
        write();
        InvalidConfigurationException[] thrown = new InvalidConfigurationException[1];
        assertThatThrownBy(() -> new ConfigurationLoader().load(dir))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> thrown[0] = e);
        return thrown[0].problems();
    }

    Configuration load() {
        write();
        return new ConfigurationLoader().load(dir);
    }

    /** Writes both files and expects the check to pass as of {@code clock}; returns the configuration and warnings. */
    CheckedConfiguration check(Clock clock) {
        write();
        return new ConfigurationLoader(clock).check(dir);
    }

    /** Writes another file of the directory now, e.g. a calendar; returns its absolute path. */
    Path writeFile(String relative, String content) {
        Path file = dir.resolve(relative).toAbsolutePath().normalize();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Writes both files, kiosk.yaml readable by its owner only, as a kiosk keeps it. */
    ConfigDirectory write() {
        try {
            Files.writeString(dir.resolve("kiosk.yaml"), kiosk, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(dir.resolve("kiosk.yaml"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            Files.writeString(dir.resolve("catalog.yaml"), catalog, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** 1-based line of the first line containing {@code fragment}. */
    static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + fragment);
    }

    /** 1-based column where {@code fragment} starts on its line. */
    static int columnOf(String text, String fragment) {
        String line = text.split("\n", -1)[lineOf(text, fragment) - 1];
        return line.indexOf(fragment) + 1;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String replaceFirst(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0) {
            throw new AssertionError("text to edit not found: " + target);
        }
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }
}
