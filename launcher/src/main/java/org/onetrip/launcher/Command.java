package org.onetrip.launcher;

import java.util.List;

/** One `./onetrip` subcommand. */
interface Command {

    /** Runs the command; returns the process exit code. */
    int run(List<String> args) throws Exception;

    /** One line for `./onetrip help`. */
    String summary();
}
