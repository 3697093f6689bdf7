package org.onetrip.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.devices.printer.sim.IppPrinterSimulator;
import org.onetrip.devices.printer.JobState;
import org.onetrip.devices.printer.sim.PrinterCondition;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Printing a certificate on the screen at the composed demo kiosk: the card read by the real
 * driver from the simulator, the certificate issued by the reference backend, page 1 shown,
 * printed through the IPP driver on the simulated printer, and the citizen told to take it.
 */
@ExtendWith(ApplicationExtension.class)
class CertificateScreenTest {

    @TempDir
    static Path data;

    private ComposedKiosk composed;
    private KioskComposition kiosk;
    private Scene scene;

    @Start
    void start(Stage primary) {
        composed = ComposedKiosk.open(data);
        kiosk = composed.kiosk;
        scene = composed.scene;
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        composed.close(robot);
    }

    @Test
    void aCitizenPrintsTheirHouseholdRegistrationProof(FxRobot robot) throws Exception {
        Screenshots screenshots = new Screenshots(robot);
        robot.clickOn("#attract-invite");
        robot.clickOn("#tile-print-certificate");
        kiosk.idCardSimulator().orElseThrow().placeCard("zhang-wei");

        waitUntil(() -> robot.lookup("#offer-ZM-HJ").tryQuery().isPresent());
        screenshots.save(scene, "25-certificates-zh");
        robot.clickOn("#offer-ZM-HJ");

        waitUntil(() -> robot.lookup("#certificate-preview").tryQuery().isPresent());
        screenshots.save(scene, "26-certificate-preview-zh");
        robot.clickOn("#certificate-confirm");

        waitUntil(() -> robot.lookup("#certificate-done").tryQuery().isPresent());
        assertThat(text(robot, "#certificate-done")).startsWith("打印完成，请取走您的证明（共 1 页）。核验码：");
        screenshots.save(scene, "27-certificate-printed-zh");
        try (Stream<Path> printed = Files.list(KioskDevices.paperOf(data).resolve("certificates"))) {
            assertThat(printed.map(file -> file.getFileName().toString())).singleElement().asString().endsWith(".pdf");
        }
    }

    @Test
    void aJamMidPrintIsExplainedAndNothingIsCounted(FxRobot robot) throws Exception {
        Screenshots screenshots = new Screenshots(robot);
        IppPrinterSimulator printer = kiosk.certificatePrinterSimulator().orElseThrow();
        printer.addJobListener(job -> {
            if (job.state() == JobState.PROCESSING) {
                // the listener runs under the simulator's lock: jam from outside it
                CompletableFuture.runAsync(() -> printer.set(PrinterCondition.MEDIA_JAM));
            }
        });
        robot.clickOn("#attract-invite");
        robot.clickOn("#tile-print-certificate");
        kiosk.idCardSimulator().orElseThrow().placeCard("zhang-wei");
        waitUntil(() -> robot.lookup("#offer-ZM-HJ").tryQuery().isPresent());
        String before = text(robot, "#offer-ZM-HJ");
        robot.clickOn("#offer-ZM-HJ");
        waitUntil(() -> robot.lookup("#certificate-preview").tryQuery().isPresent());
        robot.clickOn("#certificate-confirm");

        waitUntil(() -> robot.lookup("#certificate-problem").tryQuery().isPresent());
        assertThat(text(robot, "#certificate-problem")).contains("没有打印出来");
        screenshots.save(scene, "28-certificate-jammed-zh");
        robot.clickOn("#certificate-back");
        waitUntil(() -> robot.lookup("#offer-ZM-HJ").tryQuery().isPresent());
        assertThat(text(robot, "#offer-ZM-HJ")).as("today's count unchanged").isEqualTo(before);
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
