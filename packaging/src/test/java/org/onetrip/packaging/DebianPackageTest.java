package org.onetrip.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The onetrip package as a technician meets it: built by deploy/debian/build-deb from the built
 * launcher, checked by lintian, installed into a clean Debian 12 root, given a bad configuration,
 * upgraded, upgraded to a release that cannot start (and rolled back), removed and purged. The
 * steps build on each other, in order.
 */
@Tag("debian-package")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DebianPackageTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Path TARGET = PROJECT.resolve("packaging/target");
    private static final Path DEBS = TARGET.resolve("debs");
    private static final String FIRST = "1.0";
    private static final String SECOND = "1.1";
    private static final String BROKEN = "1.2";

    private static DebianRoot root;

    @BeforeAll
    static void buildPackagesAndRoot() throws IOException {
        Assumptions.assumeTrue(Shell.run(Duration.ofSeconds(10), PROJECT, List.of("id", "-u")).output().strip().equals("0"),
                "the Debian package test installs into a chroot and needs root (CI runs as root)");
        for (String tool : List.of("dpkg-deb", "debootstrap", "lintian", "unshare", "chroot")) {
            Assumptions.assumeTrue(Shell.available(tool),
                    tool + " is missing: ./onetrip test installs it (TEST_PACKAGES); skipping the Debian package test");
        }
        Path jar = PROJECT.resolve("launcher/target/launcher-0.1.0-SNAPSHOT.jar");
        Path lib = PROJECT.resolve("launcher/target/lib");
        Assumptions.assumeTrue(Files.isRegularFile(jar) && Files.isDirectory(lib),
                "the launcher is not packaged (launcher/target/lib): run mvn verify or ./onetrip package first");

        Shell.run(Duration.ofMinutes(1), PROJECT, List.of("rm", "-rf", DEBS.toString())).orFail("clearing " + DEBS);
        Files.createDirectories(DEBS);
        build(FIRST, jar, lib);
        // the second release lists the classes a configuration check loads, for class data sharing
        Path classes = TARGET.resolve("classes.lst");
        Files.deleteIfExists(classes);
        Shell.run(Duration.ofMinutes(2), PROJECT, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:DumpLoadedClassList=" + classes, "-cp", jar + ":" + lib + "/*", "org.onetrip.launcher.OneTrip",
                "config", "check", "conf")).orFail("listing the classes of a configuration check");
        build(SECOND, jar, lib, "--classlist", classes.toString());
        // a release that cannot start: its launcher jar holds no classes
        Path broken = TARGET.resolve("broken-launcher.jar");
        try (OutputStream file = Files.newOutputStream(broken); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        build(BROKEN, broken, lib);
        root = DebianRoot.prepare(TARGET, DEBS);
    }

    private static void build(String version, Path jar, Path lib, String... more) {
        List<String> command = new java.util.ArrayList<>(List.of("deploy/debian/build-deb", "--version", version,
                "--jar", jar.toString(), "--lib", lib.toString(), "--conf", "conf", "--out", DEBS.toString()));
        command.addAll(List.of(more));
        Shell.Result built = Shell.run(Duration.ofMinutes(3), PROJECT, command).orFail("building the packages of " + version);
        assertThat(built.output().strip().lines().reduce((a, b) -> b)).hasValue(deb(version).toString());
    }

    private static Path deb(String version) {
        return DEBS.resolve("onetrip_" + version + "_amd64.deb");
    }

    private static String in(String script) {
        return root.run(script).orFail(script).output();
    }

    @Test
    @Order(1)
    void lintianFindsNoError() {
        Shell.Result lintian = Shell.run(Duration.ofMinutes(3), PROJECT, List.of("lintian", "--allow-root",
                deb(FIRST).toString(), DEBS.resolve("onetrip-kiosk-session_" + FIRST + "_all.deb").toString()));
        assertThat(lintian.output().lines().filter(line -> line.startsWith("E:")))
                .as("lintian errors in\n%s", lintian.output()).isEmpty();
        assertThat(lintian.exitCode()).as(lintian.output()).isZero();
    }

    @Test
    @Order(2)
    void aBadConfigurationLeavesTheKioskStoppedAndSaysWhy() {
        // the technician's configuration is there before the package, with a mistake in it
        in("mkdir -p /etc/onetrip && dpkg-deb --fsys-tarfile /debs/onetrip_" + FIRST + "_amd64.deb"
                + " | tar -xO ./etc/onetrip/kiosk.yaml | sed 's/inactivity: 90s/inactivity: soon/' > /etc/onetrip/kiosk.yaml");
        Shell.Result install = root.run("DEBIAN_FRONTEND=noninteractive dpkg -i --force-confold /debs/onetrip_" + FIRST + "_amd64.deb");

        assertThat(install.exitCode()).as(install.output()).isZero();
        assertThat(install.output()).contains("inactivity").contains("the kiosk stays stopped");
        assertThat(in("test -e /etc/systemd/system/graphical.target.wants/onetrip.service && echo enabled || echo off"))
                .isEqualTo("off\n");
    }

    @Test
    @Order(3)
    void installedWithItsUserDirectoriesUnitAndConffiles() {
        // the technician takes the shipped configuration and configures the package again
        Shell.Result reconfigured = root.run("mv /etc/onetrip/kiosk.yaml.dpkg-dist /etc/onetrip/kiosk.yaml"
                + " && DEBIAN_FRONTEND=noninteractive dpkg-reconfigure onetrip");
        assertThat(reconfigured.exitCode()).as(reconfigured.output()).isZero();
        assertThat(reconfigured.output()).doesNotContain("stays stopped");

        assertThat(in("getent passwd onetrip | cut -d: -f6,7")).isEqualTo("/var/lib/onetrip:/usr/sbin/nologin\n");
        assertThat(in("id -nG onetrip")).contains("dialout");
        assertThat(in("stat -c '%U %G %a %n' /etc/onetrip /etc/onetrip/kiosk.yaml /etc/onetrip/catalog.yaml"
                + " /var/lib/onetrip /var/lib/onetrip/logs /usr/bin/onetrip /usr/lib/onetrip/" + FIRST + "/launcher.jar"))
                .isEqualTo("""
                        root onetrip 750 /etc/onetrip
                        onetrip onetrip 600 /etc/onetrip/kiosk.yaml
                        root root 644 /etc/onetrip/catalog.yaml
                        onetrip onetrip 700 /var/lib/onetrip
                        onetrip onetrip 700 /var/lib/onetrip/logs
                        root root 755 /usr/bin/onetrip
                        root root 644 /usr/lib/onetrip/%s/launcher.jar
                        """.formatted(FIRST));
        assertThat(in("cat /var/lib/dpkg/info/onetrip.conffiles")).contains("/etc/onetrip/kiosk.yaml", "/etc/onetrip/catalog.yaml",
                "/etc/onetrip/calendars/cn-2026.yaml");
        assertThat(in("cat /lib/systemd/system/onetrip.service")).contains("Type=notify", "WatchdogSec=60s",
                "User=onetrip", "ExecStart=/usr/bin/onetrip run --config /etc/onetrip");
        Shell.Result verify = root.run("systemd-analyze verify onetrip.service onetrip-idle-restart.service"
                + " onetrip-idle-restart.timer");
        assertThat(verify.exitCode()).as(verify.output()).isZero();
        assertThat(verify.output()).as("systemd finds nothing wrong with the installed units").isBlank();
        assertThat(in("readlink /etc/systemd/system/graphical.target.wants/onetrip.service"))
                .isEqualTo("/lib/systemd/system/onetrip.service\n");
        assertThat(in("/usr/lib/onetrip/bin/onetrip-release status")).isEqualTo("current: " + FIRST + "\n");
        // the kiosk's own command, from the installed release, as the kiosk's user
        assertThat(in("runuser -u onetrip -- onetrip config check /etc/onetrip")).startsWith("OK: /etc/onetrip");
    }

    @Test
    @Order(4)
    void theKioskSessionTakesTty1() {
        Shell.Result install = root.run("DEBIAN_FRONTEND=noninteractive dpkg -i /debs/onetrip-kiosk-session_" + FIRST + "_all.deb");
        assertThat(install.exitCode()).as(install.output()).isZero();

        assertThat(in("readlink /etc/systemd/system/graphical.target.wants/onetrip-session.service"))
                .isEqualTo("/lib/systemd/system/onetrip-session.service\n");
        String unit = in("cat /lib/systemd/system/onetrip-session.service");
        assertThat(unit).contains("User=onetrip", "TTYPath=/dev/tty1", "Conflicts=getty@tty1.service",
                "PAMName=onetrip-session", "Before=onetrip.service");
        // cage without -s: no switching to another terminal
        assertThat(unit.lines().filter(line -> line.startsWith("ExecStart="))).singleElement().asString()
                .startsWith("ExecStart=/usr/bin/cage ").doesNotContain(" -s");
        assertThat(in("test -f /etc/pam.d/onetrip-session && test -x /usr/lib/onetrip/bin/onetrip-session-hold && echo there"))
                .isEqualTo("there\n");
        Shell.Result verify = root.run("systemd-analyze verify onetrip-session.service onetrip.service");
        assertThat(verify.exitCode()).as(verify.output()).isZero();
        assertThat(verify.output()).as("systemd finds nothing wrong with the session's unit").isBlank();

        // it is a release's companion: removed here so the upgrades below need only onetrip
        in("DEBIAN_FRONTEND=noninteractive dpkg -r onetrip-kiosk-session");
        assertThat(in("test -e /lib/systemd/system/onetrip-session.service && echo there || echo gone")).isEqualTo("gone\n");
    }

    @Test
    @Order(5)
    void anUpgradeWaitsForTheKioskToRestartBetweenSessions() {
        in("rm -f /var/lib/onetrip/restart-requested");
        in("DEBIAN_FRONTEND=noninteractive dpkg -i /debs/onetrip_" + SECOND + "_amd64.deb");

        assertThat(in("/usr/lib/onetrip/bin/onetrip-release status")).isEqualTo("current: %s\npending: %s\n".formatted(FIRST, SECOND));
        assertThat(in("stat -c '%U' /var/lib/onetrip/restart-requested")).isEqualTo("onetrip\n");
        // dpkg removed the first release's files; the kept copy still runs it
        assertThat(in("test -e /usr/lib/onetrip/" + FIRST + " && echo there || echo gone")).isEqualTo("gone\n");
        assertThat(in("test -f /usr/lib/onetrip/releases/" + FIRST + "/launcher.jar && echo kept")).isEqualTo("kept\n");

        // the kiosk restarts (onetrip.service: ExecStartPre, then READY=1, then ExecStartPost)
        assertThat(in("/usr/lib/onetrip/bin/onetrip-release start 2>&1")).contains("trying release " + SECOND);
        assertThat(in("/usr/lib/onetrip/bin/onetrip-release confirm 2>&1")).contains(SECOND + " reached the attract screen");
        assertThat(in("/usr/lib/onetrip/bin/onetrip-release status")).isEqualTo("current: %s\nprevious: %s\n".formatted(SECOND, FIRST));

        // its listed classes were archived for the Java installed here, and that Java maps the archive
        assertThat(in("test -s /usr/lib/onetrip/releases/" + SECOND + "/onetrip.jsa && echo archived")).isEqualTo("archived\n");
        assertThat(in("runuser -u onetrip -- env ONETRIP_JAVA_OPTS=-Xshare:on onetrip config check /etc/onetrip"))
                .startsWith("OK: /etc/onetrip");
    }

    @Test
    @Order(6)
    void aReleaseThatCannotStartIsRolledBack() {
        in("DEBIAN_FRONTEND=noninteractive dpkg -i /debs/onetrip_" + BROKEN + "_amd64.deb");
        // the kiosk restarts into the new release, on trial
        assertThat(in("/usr/lib/onetrip/bin/onetrip-release start 2>&1")).contains("trying release " + BROKEN);
        Shell.Result trial = root.run("runuser -u onetrip -- onetrip config check /etc/onetrip");
        assertThat(trial.exitCode()).as("the broken release runs nothing: %s", trial.output()).isNotZero();

        // it never reports ready; systemd restarts the unit, whose ExecStartPre rolls it back
        assertThat(in("/usr/lib/onetrip/bin/onetrip-release start 2>&1"))
                .contains("release " + BROKEN + " did not reach the attract screen; the kiosk runs release " + SECOND + " again");
        assertThat(in("/usr/lib/onetrip/bin/onetrip-release status")).isEqualTo("current: %s\nfailed: %s\n".formatted(SECOND, BROKEN));
        assertThat(in("runuser -u onetrip -- onetrip config check /etc/onetrip")).startsWith("OK: /etc/onetrip");
        // and the next start is an ordinary one
        assertThat(in("/usr/lib/onetrip/bin/onetrip-release start 2>&1")).isEmpty();
    }

    @Test
    @Order(7)
    void removingKeepsConfigurationAndDataPurgingKeepsDataUnlessAsked() {
        in("echo kiosk data > /var/lib/onetrip/kiosk.db && chown onetrip: /var/lib/onetrip/kiosk.db");

        in("DEBIAN_FRONTEND=noninteractive dpkg -r onetrip");
        assertThat(in("ls /usr/bin/onetrip /usr/lib/onetrip/" + BROKEN + " 2>&1 || true")).contains("No such file");
        assertThat(in("test -f /etc/onetrip/kiosk.yaml && test -f /var/lib/onetrip/kiosk.db && echo kept")).isEqualTo("kept\n");

        Shell.Result purge = root.run("DEBIAN_FRONTEND=noninteractive dpkg -P onetrip");
        assertThat(purge.exitCode()).as(purge.output()).isZero();
        assertThat(purge.output()).contains("the kiosk's data stays in /var/lib/onetrip");
        assertThat(in("ls -d /etc/onetrip /usr/lib/onetrip /var/lib/onetrip-release 2>&1 || true"))
                .contains("/etc/onetrip': No such file", "/usr/lib/onetrip': No such file", "/var/lib/onetrip-release': No such file");
        assertThat(in("cat /var/lib/onetrip/kiosk.db")).isEqualTo("kiosk data\n");
        assertThat(in("getent passwd onetrip >/dev/null && echo user")).isEqualTo("user\n");

        // a kiosk being retired: the technician says so, and purging takes the data and the user
        in("DEBIAN_FRONTEND=noninteractive dpkg -i /debs/onetrip_" + SECOND + "_amd64.deb");
        assertThat(in("cat /var/lib/onetrip/kiosk.db")).as("a reinstalled kiosk finds its data").isEqualTo("kiosk data\n");
        in("echo 'onetrip onetrip/purge-data boolean true' | debconf-set-selections");
        in("DEBIAN_FRONTEND=noninteractive dpkg -P onetrip");
        assertThat(in("ls -d /var/lib/onetrip 2>&1 || true")).contains("No such file");
        assertThat(in("getent passwd onetrip || echo no user")).isEqualTo("no user\n");
    }
}
