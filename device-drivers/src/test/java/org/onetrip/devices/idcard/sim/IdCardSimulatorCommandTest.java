package org.onetrip.devices.idcard.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.devices.idcard.CardRead;
import org.onetrip.devices.idcard.sam.SamIdCardReader;
import org.onetrip.devices.idcard.sam.SamReaderTimeouts;

class IdCardSimulatorCommandTest {
    private final IdCardSimulatorCommand command = new IdCardSimulatorCommand(IdentityDeck.standard());

    @Test
    void servesOnASerialLinkPathThatADriverOpens(@TempDir Path dir) throws Exception {
        Path link = dir.resolve("ttyIDCARD");
        try (SamReaderSimulator simulator = command.start(new String[] {"--serial-link", link.toString(), "--card", "wang-fang"});
             SamIdCardReader reader = SamIdCardReader.overSerial(link.toString(), 115200, SamReaderTimeouts.defaults(),
                     Clock.systemDefaultZone())) {
            assertThat(Files.isSymbolicLink(link)).isTrue();

            CardRead outcome = reader.read().get(10, TimeUnit.SECONDS);

            assertThat(outcome).isInstanceOf(CardRead.Success.class);
            // find, select, read base information, select again to check the card stayed
            assertThat(simulator.bytesSent()).isEqualTo(15 + 19 + 1295 + 19);
        }
        assertThat(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void isSteeredByLinesAndStopsOnQuit(@TempDir Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String script = "cards\nplace nobody\nplace zhang-wei\nfly\nquit\n";

        int exit = command.run(new String[] {"--serial-link", dir.resolve("tty").toString(), "--no-pacing"},
                new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(IdCardSimulatorCommand.STOPPED);
        assertThat(out).contains("simulator on " + dir.resolve("tty")).contains("chen-jing").contains("place KEY")
                .contains("card placed: zhang-wei").contains("unknown command 'fly'");
    }

    @Test
    void swapReplacesTheCardInOneStep() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (SamReaderSimulator simulator = command.start(new String[] {"--tcp", "0", "--no-pacing"})) {
            command.steer(simulator, "place zhang-wei", out);
            command.steer(simulator, "swap wang-fang", out);
            assertThat(simulator.card()).contains("wang-fang");
            command.steer(simulator, "swap nobody", out);
            assertThat(simulator.card()).contains("wang-fang");
            command.steer(simulator, "remove", out);
            assertThat(simulator.card()).isEmpty();
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("card swapped for: wang-fang").contains("swap KEY")
                .contains("card removed");
    }

    @Test
    void rejectsBadArguments() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        assertThat(command.run(new String[] {"--tcp", "70000"}, InputStreamOfNothing.INSTANCE.stream(), out)).isEqualTo(2);
        assertThat(command.run(new String[] {"--tcp", "0", "--card", "nobody"}, InputStreamOfNothing.INSTANCE.stream(), out)).isEqualTo(2);
        assertThat(command.run(new String[] {}, InputStreamOfNothing.INSTANCE.stream(), out)).isEqualTo(2);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("--tcp must be 0..65535, was 70000")
                .contains("no test identity 'nobody'").contains("give exactly one of");
    }

    private enum InputStreamOfNothing {
        INSTANCE;

        ByteArrayInputStream stream() {
            return new ByteArrayInputStream(new byte[0]);
        }
    }
}
