package org.onetrip.launcher;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * `./onetrip diag DEVICE ...` and `./onetrip sim DEVICE ...`: one word more picks the device,
 * whose own command parses the rest.
 */
final class DeviceCommands implements Command {

    /** A device's diagnosis or simulator, given the arguments after the device's name. */
    interface DeviceCommand {
        int run(String[] args) throws Exception;
    }

    private final String verb;
    private final String summary;
    private final Map<String, DeviceCommand> devices;
    private final PrintStream out;
    private final Optional<EveryDevice> everyDevice;

    /** What runs when no device is named, e.g. `./onetrip diag --json`. */
    interface EveryDevice {
        int run(List<String> args) throws Exception;
    }

    /**
     * @param devices by name, in the order help lists them
     * @param everyDevice what runs when no device is named; without it, the usage is shown
     */
    DeviceCommands(String verb, String summary, Map<String, DeviceCommand> devices, Optional<EveryDevice> everyDevice,
            PrintStream out) {
        this.verb = verb;
        this.summary = summary;
        this.devices = devices;
        this.everyDevice = everyDevice;
        this.out = out;
    }

    @Override
    public String summary() {
        return (everyDevice.isPresent() ? "[--json] [--config DIR] | " : "") + "DEVICE ...  " + summary
                + " (DEVICE: " + String.join(", ", devices.keySet()) + ")";
    }

    @Override
    public int run(List<String> args) throws Exception {
        if (everyDevice.isPresent() && (args.isEmpty() || args.get(0).startsWith("--"))) {
            return everyDevice.get().run(args);
        }
        if (args.isEmpty() || args.get(0).equals("help")) {
            out.println("Usage: ./onetrip " + verb + " DEVICE [ARGS]   (" + summary + ")");
            devices.keySet().forEach(name -> out.println("  " + name + "  (./onetrip " + verb + " " + name + " --help)"));
            return args.isEmpty() ? 2 : 0;
        }
        DeviceCommand device = devices.get(args.get(0));
        if (device == null) {
            throw new UsageException("unknown device '" + args.get(0) + "'; known: " + String.join(", ", devices.keySet()));
        }
        return device.run(args.subList(1, args.size()).toArray(String[]::new));
    }
}
