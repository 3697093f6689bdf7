package org.onetrip.launcher;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onetrip.devices.idcard.diag.IdCardDiagnosis;
import org.onetrip.devices.idcard.sim.IdCardSimulatorCommand;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.launcher.DeviceCommands.DeviceCommand;

/** Which devices `./onetrip diag` and `./onetrip sim` know, and how each is started. */
final class DeviceRegistry {

    private DeviceRegistry() {
    }

    static Map<String, DeviceCommand> diagnoses(PrintStream out) {
        Map<String, DeviceCommand> devices = new LinkedHashMap<>();
        devices.put("idcard", args -> IdCardDiagnosis.onThisMachine().run(args, out));
        return devices;
    }

    static Map<String, DeviceCommand> simulators(PrintStream out) {
        Map<String, DeviceCommand> devices = new LinkedHashMap<>();
        devices.put("idcard", args -> new IdCardSimulatorCommand(IdentityDeck.standard()).run(args, System.in, out));
        return devices;
    }
}
