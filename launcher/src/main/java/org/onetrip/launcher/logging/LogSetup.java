package org.onetrip.launcher.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Switches logging from the console-only start-up set-up to the kiosk's rolling files under
 * {@code DATA_DIR/logs}, once the data directory is known from the configuration.
 */
public final class LogSetup {

    static final String KIOSK_CONFIGURATION = "onetrip-kiosk-logback.xml";

    private LogSetup() {
    }

    /** Reconfigures logback; blocks briefly while files are opened. */
    public static void toDataDirectory(Path dataDirectory) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        URL configuration = LogSetup.class.getClassLoader().getResource(KIOSK_CONFIGURATION);
        if (configuration == null) {
            throw new IllegalStateException(KIOSK_CONFIGURATION + " is missing from the launcher jar");
        }
        context.reset();
        context.putProperty("LOG_DIR", dataDirectory.resolve("logs").toAbsolutePath().toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(configuration);
        } catch (JoranException e) {
            throw new IllegalStateException("cannot configure logging in " + dataDirectory, e);
        }
    }
}
