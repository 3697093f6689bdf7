package org.onetrip.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A clean Debian 12 root for installing the packages: a minimal debootstrap with the packages'
 * dependencies, made once and kept under target/ ({@code base}), and a writable layer over it for
 * one test run ({@code layer}, an overlay mount). Every command runs chrooted in a private mount
 * namespace (unshare), with /proc and /dev mounted there, so nothing stays mounted afterwards and
 * no service starts (no systemd runs in the root).
 */
final class DebianRoot {

    static final String MIRROR = "http://deb.debian.org/debian";
    /**
     * What onetrip and onetrip-kiosk-session depend on (control.onetrip, control.session), installed
     * once into the base, with systemd (not running: for systemd-analyze verify of the installed units).
     */
    static final List<String> DEPENDENCIES = List.of("openjdk-17-jre-headless", "libgtk-3-0", "libgl1", "libxtst6",
            "fonts-wqy-zenhei", "fonts-hanazono", "adduser", "debconf", "systemd", "cage", "xwayland", "libpam-systemd");

    private final Path base;
    private final Path layer;
    private final Path debs;

    private DebianRoot(Path base, Path layer, Path debs) {
        this.base = base;
        this.layer = layer;
        this.debs = debs;
    }

    /** The base under {@code cache} (made when missing), with a new empty layer and {@code debs} visible as /debs. */
    static DebianRoot prepare(Path cache, Path debs) throws IOException {
        Path base = cache.resolve("debian-base");
        Path ready = base.resolve(".onetrip-base-ready");
        String made = "debootstrap --variant=minbase bookworm; " + String.join(" ", DEPENDENCIES) + "\n";
        if (!Files.exists(ready) || !Files.readString(ready).equals(made)) {
            Shell.run(Duration.ofMinutes(1), cache, List.of("rm", "-rf", base.toString(), base + ".tmp"));
            Files.createDirectories(cache);
            Shell.run(Duration.ofMinutes(8), cache, List.of("debootstrap", "--variant=minbase", "bookworm",
                    base + ".tmp", MIRROR)).orFail("debootstrap of Debian 12 from " + MIRROR);
            Files.move(Path.of(base + ".tmp"), base);
            DebianRoot bare = new DebianRoot(base, null, debs);
            bare.run(Duration.ofMinutes(8), "DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "
                    + String.join(" ", DEPENDENCIES) + " && apt-get clean").orFail("installing onetrip's dependencies");
            Files.writeString(ready, made);
        }
        Path layer = cache.resolve("debian-layer");
        Shell.run(Duration.ofMinutes(1), cache, List.of("rm", "-rf", layer.toString())).orFail("clearing the last layer");
        for (String dir : List.of("upper", "work", "merged")) {
            Files.createDirectories(layer.resolve(dir));
        }
        return new DebianRoot(base, layer, debs);
    }

    /** Runs {@code script} with sh inside the root, as root. */
    Shell.Result run(Duration bound, String script) {
        Path root = layer == null ? base : layer.resolve("merged");
        String mounts = (layer == null ? "" : "mount -t overlay overlay -o lowerdir=" + base + ",upperdir="
                + layer.resolve("upper") + ",workdir=" + layer.resolve("work") + " " + root + " && ")
                + "mount -t proc proc " + root + "/proc && mount --rbind /dev " + root + "/dev && "
                + "mkdir -p " + root + "/debs && mount --bind " + debs + " " + root + "/debs && ";
        return Shell.run(bound, base.getParent(), List.of("unshare", "--mount", "--propagation", "private", "sh", "-c",
                mounts + "exec chroot " + root + " /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin "
                        + "HOME=/root LANG=C.UTF-8 sh -c \"$0\"", script));
    }

    Shell.Result run(String script) {
        return run(Duration.ofMinutes(3), script);
    }
}
