package org.onetrip.day;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onetrip.kiosk.shell.Journey;
import org.onetrip.kiosk.shell.Screen;

/**
 * Each check after a step fails on the fault it is there for, planted in a real scene graph: a
 * previous journey's control, a stale label, a field still holding the last search, an earlier
 * visit's page picture, another card's masked ID. And stays quiet on a clean scene.
 */
class ScreenChecksTest {

    private static LiveScreen fx;

    private final Citizens citizens = new Citizens();
    private final PersonalTraces traces = new PersonalTraces();

    @BeforeAll
    static void screen() {
        HeadlessScreen.start();
        fx = new LiveScreen(new Scene(new Group()), Duration.ofSeconds(10));
    }

    ScreenChecksTest() {
        citizens.keys().forEach(key -> traces.rememberCard(key, citizens.card(key)));
    }

    @Test
    void anotherJourneysLiveButtonUnderTheFormIsFound() throws Exception {
        Button stale = button("certificate-back");
        SceneSnapshot scene = scene(() -> new VBox(new VBox(button("to-materials")), stale));
        Moment filing = new Moment(Screen.JOURNEY, Optional.of(Journey.FILE_APPLICATION), Optional.of("zhang-wei"),
                Optional.of("zhang-wei"), 1);

        assertThat(broken(new OnlyCurrentJourney(), scene, filing)).singleElement().asString()
                .contains("PRINT_CERTIFICATE").contains("#certificate-back").contains("FILE_APPLICATION");
    }

    @Test
    void aHiddenPanelOfAnotherJourneyIsNotAControlOnScreen() throws Exception {
        SceneSnapshot scene = scene(() -> {
            VBox hidden = new VBox(button("certificate-back"));
            hidden.setVisible(false);
            return new VBox(button("to-materials"), hidden);
        });
        Moment filing = new Moment(Screen.JOURNEY, Optional.of(Journey.FILE_APPLICATION), Optional.empty(),
                Optional.empty(), 1);

        assertThat(broken(new OnlyCurrentJourney(), scene, filing)).isEmpty();
    }

    @Test
    void journeyControlsOnTheHomeScreenAreFound() throws Exception {
        SceneSnapshot scene = scene(() -> new VBox(button("progress-heading")));
        Moment home = new Moment(Screen.HOME, Optional.of(Journey.CHECK_PROGRESS), Optional.empty(), Optional.empty(), 1);

        assertThat(broken(new OnlyCurrentJourney(), scene, home)).singleElement().asString().contains("HOME screen");
    }

    @Test
    void aStaleHiddenLabelWithThePreviousCitizensNameIsFound() throws Exception {
        SceneSnapshot scene = scene(() -> {
            Label stale = new Label("您好，张伟");
            stale.setVisible(false);
            return new VBox(new Label("您好"), stale);
        });
        Moment wangFang = new Moment(Screen.JOURNEY, Optional.of(Journey.CHECK_PROGRESS), Optional.of("wang-fang"),
                Optional.of("wang-fang"), 2);

        assertThat(broken(new NoOtherCitizenData(traces), scene, wangFang)).singleElement().asString()
                .contains("another card's name").contains("张*").contains("hidden but present").doesNotContain("张伟");
    }

    @Test
    void theLastCitizensSearchTextBehindThePlaceholderIsFound() throws Exception {
        traces.rememberTyped(1, "search text", "sbks", "sbks");
        SceneSnapshot scene = scene(() -> {
            TextField search = new TextField("sbks");
            search.setPromptText("输入拼音首字母");
            search.setId("search-query");
            return new VBox(search);
        });
        Moment next = new Moment(Screen.JOURNEY, Optional.of(Journey.FILE_APPLICATION), Optional.of("zhang-wei"),
                Optional.of("zhang-wei"), 2);
        Moment same = new Moment(Screen.JOURNEY, Optional.of(Journey.FILE_APPLICATION), Optional.of("zhang-wei"),
                Optional.of("zhang-wei"), 1);

        assertThat(broken(new NoOtherCitizenData(traces), scene, next)).singleElement().asString()
                .contains("earlier visit's search text (sbks) in #search-query");
        assertThat(broken(new NoOtherCitizenData(traces), scene, same)).as("typed in this very visit").isEmpty();
        traces.rememberTyped(2, "search text", "sbksl", "sbksl");
        assertThat(broken(new NoOtherCitizenData(traces), scene, next)).as("this visit typed more of the same").isEmpty();
    }

    @Test
    void anotherCardsMaskedIdNumberIsFoundInAnyMasking() throws Exception {
        SceneSnapshot scene = scene(() -> new VBox(new Label("1101**********1239 已受理")));
        Moment wangFang = new Moment(Screen.JOURNEY, Optional.of(Journey.CHECK_PROGRESS), Optional.of("wang-fang"),
                Optional.of("wang-fang"), 3);

        assertThat(broken(new NoOtherCitizenData(traces), scene, wangFang)).singleElement().asString()
                .contains("another card's masked ID number");
    }

    @Test
    void anotherCardsTrackingNumberIsFoundAndTheHoldersOwnIsNot() throws Exception {
        traces.rememberFiling("zhang-wei", "SZ-NS-0001-20261207-0001");
        SceneSnapshot scene = scene(() -> new VBox(new Label("居民身份证遗失补领 SZ-NS-0001-20261207-0001 已受理")));
        Moment wangFang = new Moment(Screen.JOURNEY, Optional.of(Journey.CHECK_PROGRESS), Optional.of("wang-fang"),
                Optional.of("wang-fang"), 3);
        Moment zhangWei = new Moment(Screen.JOURNEY, Optional.of(Journey.CHECK_PROGRESS), Optional.of("zhang-wei"),
                Optional.of("zhang-wei"), 3);

        assertThat(broken(new NoOtherCitizenData(traces), scene, wangFang)).singleElement().asString()
                .contains("another card's tracking number (SZ-NS-0001-20261207-0001)");
        assertThat(broken(new NoOtherCitizenData(traces), scene, zhangWei)).isEmpty();
    }

    @Test
    void anEarlierVisitsPagePictureIsFound() throws Exception {
        WritableImage page = fx.onFx("draw", () -> new WritableImage(4, 4));
        traces.rememberPicture(1, page);
        SceneSnapshot scene = scene(() -> new VBox(new ImageView(page)));
        Moment later = new Moment(Screen.JOURNEY, Optional.of(Journey.FILE_APPLICATION), Optional.of("zhang-wei"),
                Optional.of("zhang-wei"), 2);

        assertThat(broken(new NoOtherCitizenData(traces), scene, later)).singleElement().asString()
                .contains("a picture from visit 1");
    }

    @Test
    void aPageThumbnailIsTakenForTheCitizensOwn() throws Exception {
        WritableImage page = fx.onFx("draw", () -> new WritableImage(4, 4));
        SceneSnapshot scene = scene(() -> {
            VBox tile = new VBox(new ImageView(page));
            tile.getStyleClass().add("material-page");
            return new VBox(tile, new ImageView(new WritableImage(2, 2)));
        });

        assertThat(scene.nodes().stream().filter(SceneSnapshot.NodeFacts::personalImage).toList()).hasSize(1);
    }

    @Test
    void theFirstCitizenOnScreenAfterASwapIsFound() throws Exception {
        SceneSnapshot scene = scene(() -> new VBox(new Label("您好，张*（1101**********1239），身份已确认。")));
        Moment swapped = new Moment(Screen.JOURNEY, Optional.of(Journey.PRINT_CERTIFICATE), Optional.of("wang-fang"),
                Optional.of("wang-fang"), 2);
        Moment same = new Moment(Screen.JOURNEY, Optional.of(Journey.PRINT_CERTIFICATE), Optional.of("zhang-wei"),
                Optional.of("zhang-wei"), 1);

        assertThat(broken(new IdentityIsTheCard(citizens), scene, swapped)).singleElement().asString()
                .contains("1101**********1239").contains("6401**********1822");
        assertThat(broken(new IdentityIsTheCard(citizens), scene, same)).isEmpty();
    }

    @Test
    void anIdentityWithNoCardReadIsFound() throws Exception {
        SceneSnapshot scene = scene(() -> new VBox(new Label("1101**********1239")));
        Moment noCard = new Moment(Screen.HOME, Optional.empty(), Optional.empty(), Optional.empty(), 4);

        assertThat(broken(new IdentityIsTheCard(citizens), scene, noCard)).singleElement().asString()
                .contains("none");
    }

    @Test
    void anIdNumberMaskedLessThanThePolicyIsFoundAndReportedMaskedByIt() throws Exception {
        SceneSnapshot scene = scene(() -> new VBox(new Label("您好，张*（110101********1239），身份已确认。")));
        Moment zhangWei = new Moment(Screen.JOURNEY, Optional.of(Journey.PRINT_CERTIFICATE), Optional.of("zhang-wei"),
                Optional.of("zhang-wei"), 1);

        assertThat(broken(new MaskedAsThePolicySays(), scene, zhangWei)).containsExactly(
                "the screen shows an ID number masked as 6 + 4 of its 18 characters (1101**********1239); "
                        + "the policy shows 4 + 4");
        assertThat(broken(new MaskedAsThePolicySays(), scene(() -> new VBox(new Label("您好，张*（1101**********1239）"))),
                zhangWei)).isEmpty();
    }

    private static Button button(String id) {
        Button button = new Button(id);
        button.setId(id);
        return button;
    }

    private static SceneSnapshot scene(Callable<Parent> build) throws Stuck {
        return fx.onFx("build a scene", () -> {
            Parent root = build.call();
            new Scene(root);
            return SceneWalk.of(root);
        });
    }

    private static List<String> broken(ScreenInvariant invariant, SceneSnapshot scene, Moment now) {
        List<String> found = new ArrayList<>();
        invariant.check(scene, now, found::add);
        return found;
    }

}
