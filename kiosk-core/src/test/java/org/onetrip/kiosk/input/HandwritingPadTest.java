package org.onetrip.kiosk.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Characters written stroke by stroke on a 400-unit pad, recognised by the real zinnia and Tegaki model. */
@ExtendWith(InputEngines.Resolver.class)
class HandwritingPadTest {

    private HandwritingPad pad;

    @BeforeEach
    void open(InputEngines engines) {
        pad = new HandwritingPad(engines.zinnia, 400);
    }

    @Test
    void aCrossOfTwoStrokesIsTen() {
        stroke(60, 180, 340, 180);
        HandwritingView view = stroke(200, 40, 200, 370);
        assertThat(view.candidates().subList(0, 5)).contains("十");
        assertThat(view.writing().strokes()).hasSize(2);
    }

    @Test
    void threeLinesAndAStrokeDownAreKing() {
        stroke(80, 70, 320, 70);
        stroke(100, 200, 300, 200);
        stroke(200, 70, 200, 340);
        HandwritingView view = stroke(60, 340, 340, 340);
        assertThat(view.candidates().subList(0, 5)).contains("王");
        HandwritingView chosen = pad.choose(view, view.candidates().indexOf("王"));
        assertThat(chosen.committed()).isEqualTo("王");
        assertThat(chosen.writing().strokes()).as("the pad is clear for the next character").isEmpty();
    }

    @Test
    void undoTakesBackTheLastStrokeAndAnOldViewCannotBeChosenFrom() {
        stroke(60, 200, 340, 200);
        HandwritingView two = stroke(60, 300, 340, 300);
        assertThat(two.candidates().subList(0, 5)).contains("二");
        HandwritingView one = pad.undoStroke().join();
        assertThat(one.writing().strokes()).hasSize(1);
        assertThat(one.candidates().subList(0, 5)).contains("一");
        assertThat(pad.choose(two, 0).committed()).as("the view of two strokes is stale").isEmpty();
        assertThat(pad.writing().strokes()).hasSize(1);
    }

    @Test
    void nothingWrittenIsNothingRecognisedAndPointsStayOnThePad() {
        assertThat(pad.penUp().join().candidates()).isEmpty();
        pad.penDown(-50, 900);
        pad.penMove(1000, -3);
        assertThat(pad.writing().strokes().get(0).points())
                .containsExactly(new Handwriting.Point(0, 400), new Handwriting.Point(400, 0));
        assertThat(pad.clear().writing().strokes()).isEmpty();
    }

    /** A straight stroke drawn as a finger draws it, in small steps. */
    private HandwritingView stroke(double fromX, double fromY, double toX, double toY) {
        pad.penDown(fromX, fromY);
        for (int step = 1; step <= 10; step++) {
            pad.penMove(fromX + (toX - fromX) * step / 10, fromY + (toY - fromY) * step / 10);
        }
        return pad.penUp().join();
    }
}
