package org.onetrip.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.onetrip.kiosk.shell.Availability;

/** Tells the citizen the kiosk cannot serve them now, why, and where to go instead. */
final class OutOfServiceScreen extends VBox {

    OutOfServiceScreen(Messages messages, ObservableValue<Availability> availability) {
        setId("out-of-service");
        getStyleClass().addAll("screen", "out-of-service-screen");
        setAlignment(Pos.CENTER);

        Region mark = new Region();
        mark.getStyleClass().add("out-of-service-mark");
        StackPane sign = new StackPane(mark);
        sign.getStyleClass().add("out-of-service-sign");
        Label title = new BoundLabel(messages.text("outOfService.title"), "out-of-service-title");
        Label reason = new BoundLabel(Bindings.createStringBinding(
                () -> availability.getValue() instanceof Availability.OutOfService out
                        ? messages.text(MessageKeys.reason(out.reason())).get()
                        : "",
                availability, messages.language()), "out-of-service-reason");
        Label whatToDo = new BoundLabel(messages.text("outOfService.whatToDo"), "out-of-service-help");
        Label hotline = new BoundLabel(messages.text("outOfService.hotline"), "out-of-service-hotline");

        getChildren().addAll(sign, title, reason, whatToDo, hotline);
    }

}
