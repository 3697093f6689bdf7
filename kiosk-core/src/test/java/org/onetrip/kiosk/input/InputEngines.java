package org.onetrip.kiosk.input;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The real engines for tests, started once per test run: librime keeps its state per process.
 * Their data comes from the Debian packages ./onetrip test installs.
 */
final class InputEngines implements ExtensionContext.Store.CloseableResource {

    final RimeEngine rime;
    final ZinniaRecognizer zinnia;

    private InputEngines(Path userData) {
        rime = RimeEngine.start(userData, UnihanReadings.DEBIAN);
        zinnia = ZinniaRecognizer.start(ZinniaRecognizer.SIMPLIFIED_CHINESE);
        rime.ready().join();
        zinnia.ready().join();
    }

    /** Hands the engines to a test's parameter of type {@link InputEngines}. */
    static final class Resolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == InputEngines.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(InputEngines.class, key -> new InputEngines(temporary()), InputEngines.class);
        }
    }

    private static Path temporary() {
        try {
            return java.nio.file.Files.createTempDirectory("onetrip-rime-test");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        rime.close();
        zinnia.close();
    }
}
