package org.onetrip.launcher.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.onetrip.kiosk.privacy.PersonalDataMasker;

/**
 * The one layout every OneTrip log line goes through: the formatted line, stack traces
 * included, is masked as a whole, so personal data cannot slip out through an argument,
 * an exception message or a logger name.
 */
public class MaskingPatternLayout extends PatternLayout {

    private final PersonalDataMasker masker = new PersonalDataMasker();

    @Override
    public String doLayout(ILoggingEvent event) {
        return masker.mask(super.doLayout(event));
    }
}
