package org.onetrip.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.devices.scanner.sim.SimulatedPage;
import org.onetrip.kiosk.backend.ApprovalContract.Filings;
import org.onetrip.kiosk.backend.CallOutcome;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Filing an application on the screen of the composed demo kiosk: the card read by the real driver
 * from the simulator, pages scanned through the eSCL driver from the scanner simulator, electronic
 * licences and the filing itself from and to the reference backend, the receipt printed by the
 * ESC/POS driver on the simulated printer.
 */
@ExtendWith(ApplicationExtension.class)
class FilingScreenTest {

    @TempDir
    static Path data;

    private ComposedKiosk composed;
    private KioskComposition kiosk;
    private Scene scene;
    private Path here;

    @Start
    void start(Stage primary) {
        here = data.resolve("kiosk-" + System.nanoTime());
        composed = ComposedKiosk.open(here);
        kiosk = composed.kiosk;
        scene = composed.scene;
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        composed.close(robot);
    }

    @Test
    void anElderlyCitizenFilesWithEveryMaterialAndRates(FxRobot robot) throws Exception {
        Screenshots screenshots = new Screenshots(robot);
        openMatter(robot, "li-xiuying", "#group-MZJ", "#choice-MZJ-GLJTSL");
        tap(robot, "#start-filing");

        waitFor(robot, "#filing-form");
        assertThat(field(robot, "APPLICANT_NAME")).as("pre-filled from the card").isEqualTo("李秀英");
        assertThat(field(robot, "APPLICANT_BIRTH_DATE")).isEqualTo("1952-11-08");
        screenshots.save(scene, "30-filing-form-zh");
        tap(robot, "#to-materials");
        waitUntil(() -> text(robot, "#problem-MOBILE").contains("必填"));
        screenshots.save(scene, "31-filing-form-problems-zh");
        tap(robot, "#field-MOBILE");
        keys(robot, "1381234567");
        assertThat(field(robot, "MOBILE")).isEqualTo("1381234567");
        assertThat(text(robot, "#problem-MOBILE")).as("checked as typed").contains("11位");
        screenshots.save(scene, "31-filing-keyboard-digits-zh");
        keys(robot, "8");
        assertThat(robot.lookup("#problem-MOBILE").query().isVisible()).isFalse();
        tap(robot, "#to-materials");

        waitFor(robot, "#filing-materials");
        screenshots.save(scene, "32-filing-materials-zh");
        tap(robot, "#large-text");
        screenshots.save(scene, "32-filing-materials-zh-large-text");
        tap(robot, "#large-text");
        tap(robot, "#licence-ID_CARD");
        assertThat(text(robot, "#agreement-ID_CARD")).contains("本人同意");
        screenshots.save(scene, "33-filing-licence-consent-zh");
        tap(robot, "#agree-ID_CARD");
        assertThat(robot.lookup("#agree-ID_CARD").tryQuery().map(javafx.scene.Node::isDisabled).orElse(true))
                .as("the consent is taken once, not again on a second tap while the licence comes").isTrue();
        waitUntil(() -> text(robot, "#status-ID_CARD").contains("已使用电子证照"));
        tap(robot, "#licence-HOUSEHOLD_BOOKLET");
        tap(robot, "#agree-HOUSEHOLD_BOOKLET");
        waitUntil(() -> text(robot, "#status-HOUSEHOLD_BOOKLET").contains("已使用电子证照"));
        assertThat(robot.lookup("#to-delivery").query().isDisabled()).as("the passbook is still missing").isTrue();

        kiosk.scannerSimulator().orElseThrow().loadFeeder(List.of(SimulatedPage.DOCUMENT, SimulatedPage.BLANK,
                SimulatedPage.DOCUMENT));
        tap(robot, "#scan-AGED_BANK_PASSBOOK");
        waitUntil(() -> text(robot, "#status-AGED_BANK_PASSBOOK").contains("已扫描 2 页")
                && FxReads.present(robot, "#materials-notice"));
        assertThat(text(robot, "#materials-notice")).contains("空白页");
        screenshots.save(scene, "34-filing-scanned-zh");
        tap(robot, "#delete-page-AGED_BANK_PASSBOOK-2");
        waitUntil(() -> text(robot, "#status-AGED_BANK_PASSBOOK").contains("已扫描 1 页"));
        tap(robot, "#to-delivery");

        waitFor(robot, "#filing-delivery");
        tap(robot, "#delivery-BY_POST");
        waitFor(robot, "#field-DELIVERY_ADDRESS");
        assertThat(field(robot, "DELIVERY_ADDRESS")).as("the card's address").isEqualTo("上海市徐汇区漕溪北路88号");
        assertThat(field(robot, "DELIVERY_MOBILE")).as("the form's mobile").isEqualTo("13812345678");
        tap(robot, "#to-review");
        waitUntil(() -> FxReads.visible(robot, "#problem-DELIVERY_POSTCODE"));
        type(robot, "DELIVERY_POSTCODE", "200030");
        screenshots.save(scene, "35-filing-delivery-zh");
        tap(robot, "#to-review");

        waitFor(robot, "#filing-review");
        screenshots.save(scene, "36-filing-review-zh");
        tap(robot, "#submit");

        waitFor(robot, "#receipt-printed");
        String tracking = text(robot, "#tracking-number").replaceAll(".*：", "").strip();
        screenshots.save(scene, "37-filing-receipt-zh");
        tap(robot, "#score-5");
        tap(robot, "#reason-EASY_TO_USE");
        tap(robot, "#send-rating");
        waitFor(robot, "#filing-thanks");
        assertThat(text(robot, "#filing-thanks")).contains(tracking);
        screenshots.save(scene, "38-filing-thanks-zh");

        try (Stream<Path> receipts = Files.list(KioskDevices.paperOf(here).resolve("receipts"))) {
            assertThat(receipts.count()).as("the receipt came out of the printer").isEqualTo(1);
        }
        waitUntil(() -> {
            CallOutcome<Filings> found = kiosk.submissions().client().lookupFilings("310104195211082461");
            return found.isOk() && found.orElseThrow().filings().stream()
                    .anyMatch(filing -> filing.matterCodes().contains("MZJ-GLJTSL"));
        });
        tap(robot, "#filing-finish");
        waitFor(robot, "#attract");
    }

    @Test
    void aCitizenLeavesAMaterialForLaterAndTheReviewSaysByWhen(FxRobot robot) throws Exception {
        Screenshots screenshots = new Screenshots(robot);
        tap(robot, "#attract-invite");
        tap(robot, "#language-en");
        openMatter(robot, "zhang-wei", "#group-RSJ", "#choice-RSJ-SBKSL");
        tap(robot, "#start-filing");
        waitFor(robot, "#filing-form");
        type(robot, "MAILING_ADDRESS", "Room 501, 4 Jingshan Front Street, Beijing");
        type(robot, "MOBILE", "13912345678");
        tap(robot, "#to-materials");

        waitFor(robot, "#filing-materials");
        tap(robot, "#later-HOUSEHOLD_BOOKLET");
        assertThat(text(robot, "#agreement-HOUSEHOLD_BOOKLET")).as("the words recorded, and what they mean")
                .contains("本人承诺于").contains("you promise to hand in");
        screenshots.save(scene, "40-filing-top-up-en");
        tap(robot, "#agree-HOUSEHOLD_BOOKLET");
        waitUntil(() -> text(robot, "#status-HOUSEHOLD_BOOKLET").contains("To be handed in by"));
        kiosk.scannerSimulator().orElseThrow().loadFeeder(List.of(SimulatedPage.DOCUMENT));
        tap(robot, "#scan-ID_PHOTO");
        waitUntil(() -> text(robot, "#status-ID_PHOTO").contains("Scanned, 1 page"));
        // the list is redrawn as the scan settles: wait for the promise's button in the new one
        waitFor(robot, "#withdraw-HOUSEHOLD_BOOKLET");
        tap(robot, "#withdraw-HOUSEHOLD_BOOKLET");
        waitUntil(() -> text(robot, "#status-HOUSEHOLD_BOOKLET").contains("Still needed"));
        assertThat(robot.lookup("#to-delivery").query().isDisabled()).as("a material is missing again").isTrue();
        tap(robot, "#later-HOUSEHOLD_BOOKLET");
        tap(robot, "#agree-HOUSEHOLD_BOOKLET");
        waitUntil(() -> !FxReads.onFx(() -> robot.lookup("#to-delivery").query().isDisabled()));
        tap(robot, "#to-delivery");
        waitFor(robot, "#filing-delivery");
        tap(robot, "#to-review");
        waitFor(robot, "#filing-review");
        assertThat(robot.lookup(".review-line").queryAllAs(Labeled.class).stream().map(Labeled::getText))
                .anyMatch(line -> line.contains("to hand in by"));
        screenshots.save(scene, "41-filing-review-top-up-en");
        tap(robot, "#large-text");
        screenshots.save(scene, "41-filing-review-top-up-en-large-text");
        tap(robot, "#large-text");
        tap(robot, "#elder-mode");
        screenshots.save(scene, "41-filing-review-top-up-en-elder");
        tap(robot, "#elder-mode");
        tap(robot, "#submit");
        waitFor(robot, "#receipt-printed");
        screenshots.save(scene, "42-filing-receipt-en");
        tap(robot, "#skip-rating");
        waitFor(robot, "#filing-thanks");
    }

    @Test
    void aBundleAsksSharedFieldsOnceAndTakesSharedMaterialsOnce(FxRobot robot) throws Exception {
        Screenshots screenshots = new Screenshots(robot);
        openMatter(robot, "zhang-wei", "#way-by-life-event", "#group-ONE-THING");
        tap(robot, "#choice-YJS-XSECS");
        tap(robot, "#start-filing");
        waitFor(robot, "#filing-form");
        assertThat(robot.lookup("#field-MOBILE").queryAll()).as("asked once for four matters").hasSize(1);
        tap(robot, "#field-CHILD_NAME");
        screenshots.save(scene, "44-bundle-keyboard-pinyin-zh");
        for (String[] syllable : new String[][] {{"zhang", "张"}, {"xiao", "小"}, {"ming", "明"}}) {
            keys(robot, syllable[0]);
            pick(robot, syllable[1]);
        }
        waitUntil(() -> field(robot, "CHILD_NAME").equals("张小明"));
        assertThat(field(robot, "CHILD_NAME")).as("typed by pinyin on the screen").isEqualTo("张小明");
        tap(robot, "#option-CHILD_SEX-MALE");
        type(robot, "CHILD_BIRTH_DATE", "2026-11-01");
        type(robot, "BIRTH_CERT_NUMBER", "Q440301234");
        type(robot, "MAILING_ADDRESS", "北京市东城区景山前街4号");
        type(robot, "MOBILE", "13912345678");
        tap(robot, "#option-RELATION_TO_HEAD-SON");
        screenshots.save(scene, "45-bundle-form-zh");
        tap(robot, "#to-materials");
        waitFor(robot, "#filing-materials");
        screenshots.save(scene, "46-bundle-materials-zh");

        tap(robot, "#licence-MARRIAGE_CERT");
        tap(robot, "#agree-MARRIAGE_CERT");
        waitUntil(() -> text(robot, "#status-MARRIAGE_CERT").contains("已使用电子证照"));
        tap(robot, "#licence-HOUSEHOLD_BOOKLET");
        tap(robot, "#agree-HOUSEHOLD_BOOKLET");
        waitUntil(() -> text(robot, "#status-HOUSEHOLD_BOOKLET").contains("已使用电子证照"));
        tap(robot, "#licence-BIRTH_MEDICAL_CERT");
        tap(robot, "#agree-BIRTH_MEDICAL_CERT");
        waitUntil(() -> FxReads.present(robot, "#materials-notice"));
        assertThat(text(robot, "#materials-notice")).as("no such licence here: scan it").contains("请扫描纸质材料");
        for (String material : List.of("BIRTH_MEDICAL_CERT", "PARENT_ID_CARDS", "BIRTH_RECORD", "ID_PHOTO")) {
            waitFor(robot, "#scan-" + material);
            kiosk.scannerSimulator().orElseThrow().loadFeeder(List.of(SimulatedPage.DOCUMENT));
            tap(robot, "#scan-" + material);
            waitUntil(() -> text(robot, "#status-" + material).contains("已扫描"));
        }
        screenshots.save(scene, "47-bundle-materials-done-zh");
        tap(robot, "#to-delivery");
        waitFor(robot, "#filing-delivery");
        tap(robot, "#to-review");
        waitFor(robot, "#filing-review");
        tap(robot, "#submit");
        waitFor(robot, "#receipt-printed");
        screenshots.save(scene, "48-bundle-receipt-zh");
    }

    private void openMatter(FxRobot robot, String citizen, String group, String choice) throws TimeoutException {
        if (FxReads.visible(robot, "#attract-invite")) {
            tap(robot, "#attract-invite");
        }
        tap(robot, "#tile-file-application");
        kiosk.idCardSimulator().orElseThrow().placeCard(citizen);
        waitUntil(() -> FxReads.visible(robot, "#chooser"));
        tap(robot, group);
        if (group.startsWith("#way-")) {
            tap(robot, choice);
            return;
        }
        tap(robot, choice);
        waitFor(robot, "#start-filing");
    }

    /** Taps a control as a finger would, scrolling it into view first as a citizen would. */
    private static void tap(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> reveal(shown(robot, query)));
        robot.clickOn(FxReads.onFx(() -> shown(robot, query)));
    }

    /** The node a person sees: the chooser's hidden search keyboard has keys of the same names. */
    private static Node shown(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().filter(FilingScreenTest::onScreen).findFirst()
                .orElseThrow(() -> new AssertionError("nothing on screen matches " + query));
    }

    private static boolean onScreen(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static void reveal(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                if (room > 0) {
                    double wanted = inContent.getMinY() - scroll.getViewportBounds().getHeight() / 3;
                    scroll.setVvalue(Math.max(0, Math.min(1, wanted / room)));
                    scroll.layout();
                }
                return;
            }
        }
    }

    /** Taps the on-screen keyboard's keys, one per character. */
    private static void keys(FxRobot robot, String typed) {
        for (char key : typed.toCharArray()) {
            tap(robot, "#key-" + key);
        }
    }

    /** Taps the pinyin candidate showing this character, once the pinyin engine has offered it. */
    private static void pick(FxRobot robot, String character) throws TimeoutException {
        java.util.function.Supplier<java.util.Optional<Node>> offered = () -> FxReads.onFx(() -> robot.lookup(".button")
                .queryAll().stream()
                .filter(node -> node.getId() != null && node.getId().startsWith("candidate-"))
                .filter(node -> character.equals(((Labeled) node).getText())).findFirst());
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> offered.get().isPresent());
        robot.clickOn(offered.get().orElseThrow());
    }

    private static void type(FxRobot robot, String field, String text) {
        TextField input = robot.lookup("#field-" + field).queryAs(TextField.class);
        robot.interact(() -> input.setText(text));
    }

    private static String field(FxRobot robot, String code) {
        WaitForAsyncUtils.waitForFxEvents();
        return FxReads.onFx(() -> robot.lookup("#field-" + code).queryAs(TextField.class).getText());
    }

    private static String text(FxRobot robot, String query) {
        return FxReads.text(robot, query);
    }

    private void waitFor(FxRobot robot, String query) throws TimeoutException {
        try {
            waitUntil(() -> FxReads.visible(robot, query));
        } catch (TimeoutException e) {
            new Screenshots(robot).save(scene, "failed-waiting-for-" + query.substring(1));
            throw e;
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
