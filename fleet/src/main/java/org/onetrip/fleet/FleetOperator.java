package org.onetrip.fleet;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's side of commands: signs an order with the operator's key, publishes it on the
 * kiosk's {@code commands} topic with its own response topic and the order's id as MQTT 5
 * correlation data, and completes when the kiosk's acknowledgement comes back.
 */
public final class FleetOperator implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FleetOperator.class);

    private final OperatorKey key;
    private final Clock clock;
    private final FleetJson json;
    private final String replies;
    private final Mqtt5AsyncClient client;
    private final Map<String, CompletableFuture<CommandReply>> waiting = new ConcurrentHashMap<>();

    public FleetOperator(BrokerClients brokers, OperatorKey key, Clock clock, FleetJson json) {
        this.key = key;
        this.clock = clock;
        this.json = json;
        String id = "operator-" + UUID.randomUUID();
        this.replies = FleetTopics.replies(id);
        this.client = brokers.client(id, Optional.empty(), () -> { });
    }

    /** Connects and listens for acknowledgements; at most {@code within}. */
    public FleetOperator startAndWait(Duration within) throws Exception {
        client.connectWith().cleanStart(true).keepAlive(30).send()
                .thenCompose(ack -> client.subscribeWith().topicFilter(replies).qos(MqttQos.AT_LEAST_ONCE)
                        .callback(this::answered).send())
                .get(within.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Sends a command; the future completes with the kiosk's acknowledgement (no time-out of its own). */
    public CompletableFuture<CommandReply> send(KioskPlace place, CommandName command, List<String> arguments) {
        FleetOrder order = key.order(place.kiosk(), command, arguments, clock.instant());
        CompletableFuture<CommandReply> reply = new CompletableFuture<>();
        waiting.put(order.id(), reply);
        reply.whenComplete((r, e) -> waiting.remove(order.id()));
        client.publish(Mqtt5Publish.builder().topic(FleetTopics.of(place, FleetTopics.COMMANDS))
                        .qos(MqttQos.AT_LEAST_ONCE)
                        .payload(key.sign(order).getBytes(StandardCharsets.US_ASCII))
                        .contentType("application/jose")
                        .responseTopic(replies)
                        .correlationData(order.id().getBytes(StandardCharsets.UTF_8))
                        .messageExpiryInterval(OperatorKey.VALID_FOR.toSeconds())
                        .build())
                .whenComplete((result, error) -> {
                    if (error != null) {
                        reply.completeExceptionally(error);
                    }
                });
        return reply;
    }

    private void answered(Mqtt5Publish message) {
        String order = message.getCorrelationData()
                .map(data -> StandardCharsets.UTF_8.decode(data).toString()).orElse("");
        CompletableFuture<CommandReply> reply = waiting.get(order);
        if (reply == null) {
            log.debug("an acknowledgement for an order not waited for: {}", order);
            return;
        }
        try {
            reply.complete(json.read(message.getPayloadAsBytes(), CommandReply.class));
        } catch (IllegalArgumentException e) {
            reply.completeExceptionally(e);
        }
    }

    @Override
    public void close() {
        try {
            client.disconnect().get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.debug("operator disconnect: {}", e.toString());
        }
    }
}
