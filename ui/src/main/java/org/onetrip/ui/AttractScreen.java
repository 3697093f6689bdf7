package org.onetrip.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Shown while nobody uses the kiosk: the time, the hall, and a large invitation to touch. */
final class AttractScreen extends VBox {

    AttractScreen(Messages messages, WallClock clock, HallName hallName) {
        setId("attract");
        getStyleClass().addAll("screen", "attract-screen");
        setAlignment(Pos.CENTER);

        Label time = new BoundLabel(clock.shown(messages, "header.timePattern"), "attract-time");
        Label date = new BoundLabel(clock.shown(messages, "attract.datePattern"), "attract-date");
        Label hall = new BoundLabel(hallName.shown(), "attract-hall");

        Label invite = new BoundLabel(messages.text("attract.invite"), "attract-invite");
        invite.setId("attract-invite");
        Label inviteOther = new BoundLabel(messages.text("attract.inviteOther"), "attract-invite-other");
        VBox invitation = new VBox(invite, inviteOther);
        invitation.getStyleClass().add("attract-invitation");
        invitation.setAlignment(Pos.CENTER);

        Label services = new BoundLabel(messages.text("attract.services"), "attract-services");

        getChildren().addAll(time, date, hall, grow(), invitation, grow(), services);
    }

    private static Region grow() {
        Region space = new Region();
        VBox.setVgrow(space, Priority.ALWAYS);
        return space;
    }
}
