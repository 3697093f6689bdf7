package org.onetrip.kiosk.material;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.onetrip.config.LocalizedText;
import org.onetrip.config.catalog.Bundle;
import org.onetrip.config.catalog.Fee;
import org.onetrip.config.catalog.Material;
import org.onetrip.config.catalog.MaterialForm;
import org.onetrip.config.catalog.MaterialRequirement;
import org.onetrip.config.catalog.Matter;
import org.onetrip.config.catalog.ServiceCatalog;
import org.onetrip.devices.scanner.ScanColorMode;
import org.onetrip.devices.scanner.ScanRequest;
import org.onetrip.devices.scanner.ScanSource;
import org.onetrip.devices.scanner.sim.PageRenderer;
import org.onetrip.devices.scanner.sim.SimulatedPage;

/** A small catalog: two matters sharing the ID copy, one lease that may be handed in later. */
final class MaterialFixtures {
    static final PageRenderer RENDERER = new PageRenderer();
    static final LocalizedText LEASE_COMMITMENT = new LocalizedText("本人承诺所提供的租赁关系真实有效。",
            "I declare that the lease is genuine.");

    static final Material ID_COPY = material("ID-COPY", "居民身份证复印件", "Copy of the resident ID card", "正反面复印在同一页");
    static final Material LEASE = material("LEASE", "房屋租赁合同", "Lease agreement", "加盖出租方公章");
    static final Material PHOTO = material("PHOTO", "一寸免冠照片", "Passport photo", "白色背景");

    static final Matter RESIDENCE = matter("GA-JZZ", "居住证申领", List.of(MaterialRequirement.of("ID-COPY"),
            new MaterialRequirement("LEASE", Optional.of(5), Optional.of(LEASE_COMMITMENT)), MaterialRequirement.of("PHOTO")));
    static final Matter SCHOOL = matter("JY-RX", "入学登记", List.of(MaterialRequirement.of("ID-COPY"),
            new MaterialRequirement("LEASE", Optional.of(10), Optional.empty())));
    static final Bundle MOVING_IN = new Bundle("YJS-BJ", new LocalizedText("搬家一件事", "Moving in"),
            new LocalizedText("居住证和入学一次办", "Residence permit and school together"), List.of("GA-JZZ", "JY-RX"));
    static final ServiceCatalog CATALOG = new ServiceCatalog("test-1", List.of(), List.of(), List.of(),
            List.of(ID_COPY, LEASE, PHOTO), List.of(RESIDENCE, SCHOOL), List.of(MOVING_IN), List.of());

    private MaterialFixtures() {
    }

    private static Material material(String code, String zh, String en, String point) {
        return new Material(code, new LocalizedText(zh, en), new LocalizedText("清晰完整", "legible and complete"),
                MaterialForm.COPY, 1, List.of(new LocalizedText(point, point)), Optional.empty(), Optional.empty());
    }

    private static Matter matter(String code, String zh, List<MaterialRequirement> materials) {
        return new Matter(code, new LocalizedText(zh, code), "DEPT", "residence", List.of(), List.of(), List.of(), materials,
                5, Fee.FREE, true);
    }

    /** A scan of {@code page} as a scanner would have left it in a spool. */
    static Path scan(Path dir, String name, SimulatedPage page, int dpi, ScanColorMode mode) throws IOException {
        return Files.write(dir.resolve(name), RENDERER.render(page, ScanRequest.jpeg(ScanSource.FEEDER, dpi, mode)));
    }
}
