package org.onetrip.bench.receipt;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.onetrip.devices.receipt.escpos.EncodedReceipt;
import org.onetrip.devices.receipt.escpos.ReceiptDocumentEncoder;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.layout.ReceiptDocument;
import org.onetrip.kiosk.receipt.SubmissionReceiptTemplate;

/**
 * Encoding time of a full submission receipt: the template laid out (wrapping, logo) and
 * the document turned into ESC/POS bytes, and the encoding alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReceiptEncodingBenchmark {
    @Param({"MM58", "MM80"})
    public PaperWidth paper;

    private ReceiptDocument document;
    private SubmissionReceiptTemplate template;

    @Setup
    public void setUp() {
        template = new SubmissionReceiptTemplate(java.time.ZoneId.of("Asia/Shanghai"));
        document = template.render(BenchReceipts.full(), paper);
    }

    @Benchmark
    public EncodedReceipt encodeSubmissionReceipt() {
        return ReceiptDocumentEncoder.encode(document);
    }

    @Benchmark
    public EncodedReceipt layOutAndEncodeSubmissionReceipt() {
        return ReceiptDocumentEncoder.encode(template.render(BenchReceipts.full(), paper));
    }
}
