package org.onetrip.launcher;

import java.io.PrintStream;
import java.util.List;
import org.onetrip.backend.ReferenceBackendCommand;

/**
 * `./onetrip backend [--port N] [--data DIR] [--operator-token-file FILE]`: the reference
 * approval backend on its own; `./onetrip backend enrol-code --kiosk ID [--data DIR]`: a one-time
 * enrolment code for a kiosk of that backend; `./onetrip backend import FILE [--data DIR]`: a filing a
 * kiosk exported by hand, filed exactly once.
 */
final class BackendCommand implements Command {

    private final PrintStream out;

    BackendCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public String summary() {
        return "[--port N] [--data DIR] [--operator-token-file FILE]  run the reference approval backend;"
                + " enrol-code --kiosk ID [--data DIR]  a kiosk's one-time enrolment code;"
                + " import FILE [--data DIR]  file a filing a kiosk exported by hand";
    }

    @Override
    public int run(List<String> args) throws Exception {
        return new ReferenceBackendCommand().run(args.toArray(String[]::new), out);
    }
}
