package org.onetrip.fleet;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.datatypes.MqttTopic;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's side of the fleet's commands: takes signed orders from its {@code commands} topic
 * over the telemetry's connection, checks them ({@link OrderCheck}), has the kiosk follow the
 * valid ones ({@link KioskControls}), writes each, followed or not, to the kiosk's journal and
 * answers on the MQTT 5 response topic with the order's correlation data. An answer also goes
 * out as a {@link KioskEvent.Kind#COMMAND} event.
 */
public final class CommandDesk {
    private static final Logger log = LoggerFactory.getLogger(CommandDesk.class);

    private final TelemetryPublisher telemetry;
    private final OrderCheck check;
    private final String operatorKeyId;
    private final KioskControls controls;
    private final CommandJournal journal;
    private final ExecutorService work;
    private final Clock clock;
    private final FleetJson json;

    /**
     * @param work where commands run (a self-test may take a while); one at a time is enough
     */
    public CommandDesk(TelemetryPublisher telemetry, OrderCheck check, String operatorKeyId, KioskControls controls,
            CommandJournal journal, ExecutorService work, Clock clock, FleetJson json) {
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
        this.check = Objects.requireNonNull(check, "check");
        this.operatorKeyId = operatorKeyId;
        this.controls = Objects.requireNonNull(controls, "controls");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.work = Objects.requireNonNull(work, "work");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.json = Objects.requireNonNull(json, "json");
    }

    /** Listens for commands from the next (re)connection on. */
    public void start() {
        telemetry.onConnect(this::subscribe);
    }

    private void subscribe() {
        telemetry.client().subscribeWith()
                .topicFilter(FleetTopics.of(telemetry.place(), FleetTopics.COMMANDS))
                .qos(MqttQos.AT_LEAST_ONCE)
                .callback(message -> work.execute(() -> handle(message)))
                .send()
                .whenComplete((ack, error) -> {
                    if (error != null) {
                        log.warn("fleet commands not subscribed: {}", error.toString());
                    }
                });
    }

    private void handle(Mqtt5Publish message) {
        String compact = new String(message.getPayloadAsBytes(), StandardCharsets.US_ASCII).strip();
        OrderCheck.Verdict verdict = check.check(compact, clock.instant());
        String orderId;
        String command;
        CommandOutcome outcome;
        if (verdict instanceof OrderCheck.Verdict.Valid valid) {
            orderId = valid.order().id();
            command = valid.order().command();
            outcome = follow(valid.order());
            journal.record("fleet:" + operatorKeyId, valid.order().summary() + ": " + outcome.word()
                    + (outcome.detail().isEmpty() ? "" : " (" + outcome.detail() + ")"));
        } else {
            OrderCheck.Verdict.Invalid invalid = (OrderCheck.Verdict.Invalid) verdict;
            orderId = invalid.order();
            command = invalid.command();
            outcome = new CommandOutcome.Refused(invalid.reason());
            journal.record("fleet:unverified", "command " + (command.isEmpty() ? "?" : command)
                    + (orderId.isEmpty() ? "" : " (order " + orderId + ")") + " not followed: " + invalid.reason());
        }
        log.info("fleet command {} {}: {} {}", command, orderId, outcome.word(), outcome.detail());
        telemetry.raise(KioskEvent.Kind.COMMAND, command, outcome.word() + (outcome.detail().isEmpty() ? ""
                : ": " + outcome.detail()));
        reply(message.getResponseTopic(), message.getCorrelationData(),
                new CommandReply(telemetry.place().kiosk(), orderId, command, outcome.word(), outcome.detail(),
                        clock.instant().toString()));
        telemetry.changed();
    }

    private CommandOutcome follow(FleetOrder order) {
        Optional<CommandName> name = CommandName.of(order.command());
        if (name.isEmpty()) {
            return new CommandOutcome.Refused("unknown command " + order.command());
        }
        if (order.arguments().size() != name.get().arguments()) {
            return new CommandOutcome.Refused(order.command() + " takes " + name.get().arguments() + " argument(s)");
        }
        try {
            return switch (name.get()) {
                case OUT_OF_SERVICE -> controls.outOfService();
                case IN_SERVICE -> controls.inService();
                case SELF_TEST -> controls.selfTest();
                case SEND_LOGS -> sendLogs(order.arguments().get(0));
                case APPLY_BUNDLE -> controls.applyBundle(order.arguments().get(0));
                case RESTART -> controls.restart();
            };
        } catch (RuntimeException e) {
            log.warn("fleet command {} failed", order.command(), e);
            return new CommandOutcome.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private CommandOutcome sendLogs(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new CommandOutcome.Refused("not a URL: " + url);
        }
        boolean loopback = uri.getHost() != null && (uri.getHost().startsWith("127.") || uri.getHost().equals("localhost"));
        if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && loopback)) {
            return new CommandOutcome.Refused("logs go over HTTPS only (HTTP on loopback), not to " + url);
        }
        return controls.sendLogs(url);
    }

    private void reply(Optional<MqttTopic> to, Optional<ByteBuffer> correlation, CommandReply reply) {
        if (to.isEmpty()) {
            log.info("fleet command {} came without a response topic; answered in the events only", reply.order());
            return;
        }
        var builder = Mqtt5Publish.builder().topic(to.get()).qos(MqttQos.AT_LEAST_ONCE).payload(json.write(reply))
                .contentType("application/json");
        correlation.ifPresent(builder::correlationData);
        telemetry.client().publish(builder.build()).whenComplete((result, error) -> {
            if (error != null) {
                log.warn("fleet acknowledgement of {} not sent: {}", reply.order(), error.toString());
            }
        });
    }
}
