package org.onetrip.devices.receipt.driver;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.onetrip.devices.receipt.ReceiptPrinter;
import org.onetrip.devices.receipt.layout.Alignment;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.layout.QrErrorCorrection;
import org.onetrip.devices.receipt.layout.ReceiptDocument;
import org.onetrip.devices.receipt.layout.TextStyle;
import org.onetrip.devices.receipt.sim.ReceiptPrinterSimulator;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.devices.status.DeviceStatusListener;

import static org.assertj.core.api.Assertions.assertThat;

/** What the driver tests share: quick settings, a receipt, waiting for a status. */
final class PrinterFixture {
    static final Duration WAIT = Duration.ofSeconds(10);

    private PrinterFixture() {
    }

    static PrinterSettings quickSettings(PaperWidth paper) {
        return new PrinterSettings(paper, Duration.ofMillis(300), Duration.ofSeconds(2), Duration.ofMillis(150),
                new ReconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(300)));
    }

    static ReceiptPrinterSimulator simulator(PaperWidth paper) {
        return new ReceiptPrinterSimulator(paper, ReceiptPrinterSimulator.Settings.defaults(), Optional.empty());
    }

    static Clock clock() {
        return Clock.systemUTC();
    }

    /** A receipt of 12 text lines, a QR code and a barcode: 14 printed lines. */
    static ReceiptDocument receipt(PaperWidth paper) {
        ReceiptDocument.Builder b = ReceiptDocument.builder(paper);
        b.text("受理回执", Alignment.CENTRE, TextStyle.TITLE);
        for (int i = 1; i <= 10; i++) {
            b.columns("第" + i + "行 Line " + i, "值 " + i);
        }
        b.text("SQ202611210123", Alignment.CENTRE, TextStyle.TALL);
        b.qrCode("https://zwfw.example.gov.cn/progress?no=SQ202611210123", 4, QrErrorCorrection.M);
        b.barcode("SQ202611210123", 48);
        return b.build();
    }

    static final int RECEIPT_LINES = 14;

    /** Waits until the printer's status matches; fails the test after {@link #WAIT}. */
    static DeviceStatus awaitStatus(ReceiptPrinter printer, Predicate<DeviceStatus> wanted) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        DeviceStatusListener listener = e -> {
            if (wanted.test(e.current())) {
                latch.countDown();
            }
        };
        printer.addStatusListener(listener);
        if (!wanted.test(printer.status())) {
            assertThat(latch.await(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                    .as("status should come within %s; last was %s", WAIT, printer.status()).isTrue();
        }
        return printer.status();
    }

    static DeviceStatus awaitState(ReceiptPrinter printer, DeviceState state) throws InterruptedException {
        return awaitStatus(printer, s -> s.state() == state);
    }
}
