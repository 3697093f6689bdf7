package org.onetrip.devices.receipt.sim;

/** One ESC/POS command as the simulated printer parsed it. */
sealed interface PrinterCommand {

    /** Whether executing it moves paper, so it cannot run while the printer is stopped. */
    default boolean movesPaper() {
        return false;
    }

    record Initialize() implements PrinterCommand { }

    record Align(int n) implements PrinterCommand { }

    record Emphasis(boolean on) implements PrinterCommand { }

    record Inverted(boolean on) implements PrinterCommand { }

    record CharacterSize(int width, int height) implements PrinterCommand { }

    /** {@code ESC ! n}: only the double width and height bits matter here. */
    record PrintMode(int n) implements PrinterCommand { }

    record LineSpacing(int dots) implements PrinterCommand { }

    record ChineseMode(boolean on) implements PrinterCommand { }

    record TextByte(int value) implements PrinterCommand { }

    record PrintLine() implements PrinterCommand {
        @Override
        public boolean movesPaper() {
            return true;
        }
    }

    record FeedLines(int n) implements PrinterCommand {
        @Override
        public boolean movesPaper() {
            return true;
        }
    }

    record QrSetting(int function, int value) implements PrinterCommand { }

    record QrStore(byte[] data) implements PrinterCommand { }

    record QrPrint() implements PrinterCommand {
        @Override
        public boolean movesPaper() {
            return true;
        }
    }

    record BarcodeSetting(int command, int value) implements PrinterCommand { }

    record Barcode(int system, byte[] data) implements PrinterCommand {
        @Override
        public boolean movesPaper() {
            return true;
        }
    }

    record Raster(int xBytes, int height, byte[] data) implements PrinterCommand {
        @Override
        public boolean movesPaper() {
            return true;
        }
    }

    record Cut(boolean full, int feedDots) implements PrinterCommand {
        @Override
        public boolean movesPaper() {
            return true;
        }
    }

    record EnableAsb(int n) implements PrinterCommand { }

    record PaperSensorQuery(int n) implements PrinterCommand { }

    record PrinterInfo(int n) implements PrinterCommand { }

    /** A real-time command seen again in order; it was already answered on arrival. */
    record Realtime(int second, int n) implements PrinterCommand { }

    /** A command this printer accepts and ignores (or does not know), kept for technicians. */
    record Ignored(byte[] bytes) implements PrinterCommand { }
}
