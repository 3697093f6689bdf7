package org.onetrip.devices.printer.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onetrip.devices.printer.ipp.IppBytes.of;
import static org.onetrip.devices.printer.ipp.IppBytes.sized;
import static org.onetrip.devices.printer.ipp.IppBytes.specimen;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.onetrip.devices.printer.JobState;
import org.onetrip.devices.printer.PrinterActivity;

/** The IPP codec four ways: golden bytes from RFC 8010's layout, real ippeveprinter responses, round trips, malformed input. */
class IppCodecTest {

    // ---- golden bytes, written from RFC 8010 section 3.1 by hand ----

    @Test
    void getPrinterAttributesRequestHasTheRfcLayout() {
        IppMessage request = IppRequestBuilder.request(IppOperation.GET_PRINTER_ATTRIBUTES, 1, "ipp://localhost/ipp/print")
                .requestingUserName("kiosk").requestedAttributes("printer-state", "printer-state-reasons").build();

        assertThat(IppCodec.encode(request)).isEqualTo(of(
                0x02, 0x00, 0x00, 0x0B, 0x00, 0x00, 0x00, 0x01,
                0x01,
                0x47, sized("attributes-charset"), sized("utf-8"),
                0x48, sized("attributes-natural-language"), sized("en"),
                0x45, sized("printer-uri"), sized("ipp://localhost/ipp/print"),
                0x42, sized("requesting-user-name"), sized("kiosk"),
                0x44, sized("requested-attributes"), sized("printer-state"),
                0x44, 0x00, 0x00, sized("printer-state-reasons"),
                0x03));
    }

    @Test
    void printJobRequestCarriesTheDocumentAfterTheEndTag() {
        byte[] pdf = of("%PDF-1.4 x");
        IppMessage request = IppRequestBuilder.request(IppOperation.PRINT_JOB, 0x01020304, "ipp://p/ipp/print")
                .requestingUserName("k").jobName("c-1").documentFormat("application/pdf").document(pdf).build();

        assertThat(IppCodec.encode(request)).isEqualTo(of(
                0x02, 0x00, 0x00, 0x02, 0x01, 0x02, 0x03, 0x04,
                0x01,
                0x47, sized("attributes-charset"), sized("utf-8"),
                0x48, sized("attributes-natural-language"), sized("en"),
                0x45, sized("printer-uri"), sized("ipp://p/ipp/print"),
                0x42, sized("requesting-user-name"), sized("k"),
                0x42, sized("job-name"), sized("c-1"),
                0x49, sized("document-format"), sized("application/pdf"),
                0x03, pdf));
    }

    @Test
    void cancelJobRequestNamesTheJobAsAnInteger() {
        IppMessage request = IppRequestBuilder.request(IppOperation.CANCEL_JOB, 9, "ipp://p/").jobId(258).build();

        byte[] bytes = IppCodec.encode(request);

        assertThat(bytes).endsWith(of(0x21, sized("job-id"), 0x00, 0x04, 0x00, 0x00, 0x01, 0x02, 0x03));
        assertThat(bytes).startsWith(0x02, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x09);
    }

    @Test
    void decodesAHandWrittenJobResponse() throws Exception {
        byte[] response = of(
                0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07,
                0x01,
                0x47, sized("attributes-charset"), sized("utf-8"),
                0x48, sized("attributes-natural-language"), sized("en"),
                0x02,
                0x21, sized("job-id"), 0x00, 0x04, 0x00, 0x00, 0x00, 0x05,
                0x23, sized("job-state"), 0x00, 0x04, 0x00, 0x00, 0x00, 0x09,
                0x44, sized("job-state-reasons"), sized("job-completed-successfully"),
                0x03);

        IppMessage message = IppCodec.decode(response);

        assertThat(message.code()).isEqualTo(IppStatus.OK);
        assertThat(message.requestId()).isEqualTo(7);
        IppJobAttributes job = IppJobAttributes.from(message).orElseThrow();
        assertThat(job.jobId()).isEqualTo(5);
        assertThat(job.state()).isEqualTo(JobState.COMPLETED);
        assertThat(job.reasons()).containsExactly("job-completed-successfully");
    }

    @Test
    void decodesEveryScalarValueType() throws Exception {
        byte[] response = of(
                0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01,
                0x04,
                0x22, sized("b"), 0x00, 0x01, 0x01,
                0x33, sized("r"), 0x00, 0x08, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x03, 0xE7,
                0x32, sized("res"), 0x00, 0x09, 0x00, 0x00, 0x02, 0x58, 0x00, 0x00, 0x01, 0x2C, 0x03,
                0x31, sized("d"), 0x00, 0x0B, 0x07, 0xEA, 11, 21, 20, 44, 21, 5, '+', 8, 0,
                0x35, sized("t"), 0x00, 0x09, sized("zh"), sized("abc"),
                0x30, sized("o"), 0x00, 0x02, 0xFF, 0x00,
                0x13, sized("n"), 0x00, 0x00,
                0x41, sized("u"), 0x00, 0x06, 0xE8, 0xAF, 0x81, 0xE4, 0xB9, 0xA6,
                0x03);

        IppAttributeGroup printer = IppCodec.decode(response).group(IppGroupTag.PRINTER).orElseThrow();

        assertThat(printer.find("b").orElseThrow().first()).isEqualTo(new IppValue.BooleanValue(true));
        assertThat(printer.find("r").orElseThrow().first()).isEqualTo(new IppValue.Range(1, 999));
        assertThat(printer.find("res").orElseThrow().first()).isEqualTo(new IppValue.Resolution(600, 300, 3));
        assertThat(printer.find("d").orElseThrow().first()).isEqualTo(new IppValue.DateTimeValue(
                OffsetDateTime.of(2026, 11, 21, 20, 44, 21, 500_000_000, ZoneOffset.ofHours(8))));
        assertThat(printer.find("t").orElseThrow().first())
                .isEqualTo(new IppValue.LocalizedString(IppValueTag.TEXT_WITH_LANGUAGE, "zh", "abc"));
        assertThat(printer.find("o").orElseThrow().first()).isEqualTo(new IppValue.Octets(new byte[] {(byte) 0xFF, 0}));
        assertThat(printer.find("n").orElseThrow().first()).isEqualTo(new IppValue.OutOfBand(IppValueTag.NO_VALUE));
        assertThat(printer.find("u").orElseThrow().strings()).containsExactly("证书");
    }

    // ---- specimens captured from the real ippeveprinter (cups-ipp-utils 2.4.2) ----

    @Test
    void specimenPrintJobResponseGivesAPendingJob() throws Exception {
        IppMessage message = IppCodec.decode(specimen("print-job.bin"));

        assertThat(message.code()).isEqualTo(IppStatus.OK);
        assertThat(message.requestId()).isEqualTo(3);
        IppJobAttributes job = IppJobAttributes.from(message).orElseThrow();
        assertThat(job.jobId()).isEqualTo(1);
        assertThat(job.state()).isEqualTo(JobState.PENDING);
        assertThat(job.reasons()).isEmpty();
    }

    @Test
    void specimenJobResponsesGiveProcessingThenCompleted() throws Exception {
        IppMessage processing = IppCodec.decode(specimen("gja-processing.bin"));
        IppMessage completed = IppCodec.decode(specimen("gja-completed.bin"));

        assertThat(IppJobAttributes.from(processing).orElseThrow().state()).isEqualTo(JobState.PROCESSING);
        assertThat(processing.attribute(IppGroupTag.JOB, "date-time-at-completed").orElseThrow().first())
                .isEqualTo(new IppValue.OutOfBand(IppValueTag.NO_VALUE));
        assertThat(processing.attribute(IppGroupTag.JOB, "date-time-at-creation").orElseThrow().first())
                .isInstanceOf(IppValue.DateTimeValue.class);
        IppJobAttributes done = IppJobAttributes.from(completed).orElseThrow();
        assertThat(done.state()).isEqualTo(JobState.COMPLETED);
        assertThat(done.reasons()).containsExactly("job-completed-successfully");
    }

    @Test
    void specimenPrinterStatusIsIdleAndAccepting() throws Exception {
        IppPrinterAttributes printer = IppPrinterAttributes.from(IppCodec.decode(specimen("gpa-state.bin")));

        assertThat(printer.activity()).isEqualTo(PrinterActivity.IDLE);
        assertThat(printer.keywords()).isEmpty();
        assertThat(printer.accepting()).isTrue();
        assertThat(printer.message()).contains("Idle.");
    }

    @Test
    void aPrintersOwnTextsReachNoLogOrScreenRaw() {
        IppPrinterAttributes printer = new IppPrinterAttributes(PrinterActivity.STOPPED, List.of("media-empty\u001B[2J"),
                true, java.util.Optional.of("Out of paper\u0007\r\n"), java.util.Optional.of("Acme\u001B]0;x\u0007 Laser"));

        assertThat(printer.model()).contains("Acme\\x1B]0;x\\x07 Laser");
        assertThat(printer.describe())
                .isEqualTo("state=stopped reasons=[media-empty\\x1B[2J] accepting=true message=\"Out of paper\\x07\\x0D\\x0A\"");
    }

    @Test
    void specimenOfAllPrinterAttributesDecodesCollectionsRangesAndResolutions() throws Exception {
        IppMessage message = IppCodec.decode(specimen("gpa-all.bin"));

        assertThat(message.attribute(IppGroupTag.PRINTER, "copies-supported").orElseThrow().first())
                .isEqualTo(new IppValue.Range(1, 999));
        assertThat(message.attribute(IppGroupTag.PRINTER, "printer-resolution-default").orElseThrow().first())
                .isEqualTo(new IppValue.Resolution(600, 600, IppValue.Resolution.DOTS_PER_INCH));
        assertThat(message.attribute(IppGroupTag.PRINTER, "printer-uri-supported").orElseThrow().values()).hasSize(2);
        assertThat(message.attribute(IppGroupTag.PRINTER, "document-format-supported").orElseThrow().strings())
                .contains("application/pdf");
        IppValue.Collection mediaCol = (IppValue.Collection) message.attribute(IppGroupTag.PRINTER, "media-col-default")
                .orElseThrow().first();
        IppValue.Collection mediaSize = (IppValue.Collection) mediaCol.members().stream()
                .filter(m -> m.name().equals("media-size")).findFirst().orElseThrow().first();
        assertThat(mediaSize.members()).containsExactly(
                IppAttribute.of("x-dimension", IppValue.integer(21590)),
                IppAttribute.of("y-dimension", IppValue.integer(27940)));
        assertThat(mediaCol.members()).extracting(IppAttribute::name).contains("media-source", "media-type", "media-top-margin");
    }

    @Test
    void specimenErrorResponsesCarryTheirStatusAndMessage() throws Exception {
        IppMessage notFound = IppCodec.decode(specimen("gja-not-found.bin"));
        IppMessage badFormat = IppCodec.decode(specimen("print-job-format-not-supported.bin"));

        assertThat(new IppStatus(notFound.code()).describe()).isEqualTo("client-error-not-found (0x0406)");
        assertThat(notFound.attribute(IppGroupTag.OPERATION, "status-message").orElseThrow().strings())
                .containsExactly("Job not found.");
        // ippeveprinter answers an unsupported format with 0x040B where RFC 8011 suggests 0x040A; both are client errors
        assertThat(badFormat.code()).isEqualTo(IppStatus.ATTRIBUTES_OR_VALUES_NOT_SUPPORTED);
        assertThat(badFormat.attribute(IppGroupTag.UNSUPPORTED, "document-format").orElseThrow().strings())
                .containsExactly("text/plain");
    }

    // ---- round trips ----

    @ParameterizedTest
    @ValueSource(strings = {"print-job.bin", "gja-processing.bin", "gja-completed.bin", "gpa-state.bin", "gpa-all.bin",
        "gja-not-found.bin", "print-job-format-not-supported.bin"})
    void realResponsesEncodeBackToTheSameBytes(String name) throws Exception {
        byte[] original = specimen(name);

        assertThat(IppCodec.encode(IppCodec.decode(original))).isEqualTo(original);
    }

    @Test
    void everyValueTypeSurvivesARoundTrip() throws Exception {
        IppValue nested = new IppValue.Collection(List.of(
                IppAttribute.of("media-size", new IppValue.Collection(List.of(
                        IppAttribute.of("x-dimension", IppValue.integer(21000)),
                        IppAttribute.of("y-dimension", IppValue.integer(29700))))),
                IppAttribute.of("media-type", IppValue.keyword("stationery"), IppValue.keyword("cardstock"))));
        IppMessage message = new IppMessage(IppMessage.VERSION_1_1, IppStatus.OK_IGNORED_OR_SUBSTITUTED, Integer.MAX_VALUE, List.of(
                new IppAttributeGroup(IppGroupTag.OPERATION, List.of(IppAttribute.of("a", IppValue.integer(-1)))),
                new IppAttributeGroup(IppGroupTag.PRINTER, List.of(
                        IppAttribute.of("e", new IppValue.EnumValue(5), new IppValue.EnumValue(9)),
                        IppAttribute.of("b", new IppValue.BooleanValue(false)),
                        IppAttribute.of("d", new IppValue.DateTimeValue(OffsetDateTime.of(2026, 2, 28, 23, 59, 59, 900_000_000,
                                ZoneOffset.ofHoursMinutes(-3, -30)))),
                        IppAttribute.of("r", new IppValue.Range(-5, 5)),
                        IppAttribute.of("res", new IppValue.Resolution(118, 118, IppValue.Resolution.DOTS_PER_CM)),
                        IppAttribute.of("n", new IppValue.LocalizedString(IppValueTag.NAME_WITH_LANGUAGE, "zh-CN", "证书打印机")),
                        IppAttribute.of("o", new IppValue.Octets(new byte[] {1, 2, 3})),
                        IppAttribute.of("oob", new IppValue.OutOfBand(IppValueTag.UNKNOWN)),
                        IppAttribute.of("col", nested, nested))),
                new IppAttributeGroup(IppGroupTag.JOB, List.of())),
                new byte[] {'%', 'P', 'D', 'F'});

        assertThat(IppCodec.decode(IppCodec.encode(message))).isEqualTo(message);
    }

    // ---- malformed input: each a clear IppFormatException; these double as fuzz seeds ----

    static Stream<Arguments> malformed() {
        byte[] header = of(0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01);
        return Stream.of(
                Arguments.of("empty", new byte[0], "too short"),
                Arguments.of("header only", header, "too short"),
                Arguments.of("version 3.0", of(0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x03), "unsupported IPP version"),
                Arguments.of("no end tag", of(header, 0x01), "no end-of-attributes"),
                Arguments.of("value before group", of(header, 0x21, sized("a"), 0x00, 0x04, 0, 0, 0, 1, 0x03), "before any group"),
                Arguments.of("unknown group", of(header, 0x0F, 0x03), "unknown group tag 0x0F"),
                Arguments.of("unknown value tag", of(header, 0x01, 0x7F, sized("a"), 0x00, 0x00, 0x03), "unknown value tag 0x7F"),
                Arguments.of("name past end", of(header, 0x01, 0x44, 0x00, 0x40, "ab"), "needs 64 bytes"),
                Arguments.of("value past end", of(header, 0x01, 0x44, sized("a"), 0x7F, 0x00, "x", 0x03), "only"),
                Arguments.of("integer of 3 bytes", of(header, 0x01, 0x21, sized("a"), 0x00, 0x03, 0, 0, 1, 0x03), "must be 4"),
                Arguments.of("boolean 2", of(header, 0x01, 0x22, sized("a"), 0x00, 0x01, 2, 0x03), "must be 0 or 1"),
                Arguments.of("additional value first", of(header, 0x01, 0x21, 0x00, 0x00, 0x00, 0x04, 0, 0, 0, 1, 0x03),
                        "without an attribute"),
                Arguments.of("month 13", of(header, 0x01, 0x31, sized("d"), 0x00, 0x0B, 0x07, 0xEA, 13, 1, 0, 0, 0, 0, '+', 0, 0,
                        0x03), "invalid dateTime"),
                Arguments.of("bad utf-8", of(header, 0x01, 0x41, sized("t"), 0x00, 0x01, 0xC3, 0x03), "not valid UTF-8"),
                Arguments.of("unclosed collection", of(header, 0x01, 0x34, sized("c"), 0x00, 0x00, 0x4A, 0x00, 0x00, sized("m"),
                        0x21, 0x00, 0x00, 0x00, 0x04, 0, 0, 0, 1), "no end-of-attributes"),
                Arguments.of("member without value", of(header, 0x01, 0x34, sized("c"), 0x00, 0x00, 0x4A, 0x00, 0x00, sized("m"),
                        0x37, 0x00, 0x00, 0x00, 0x00, 0x03), "has no value"),
                Arguments.of("endCollection outside", of(header, 0x01, 0x37, sized("c"), 0x00, 0x00, 0x03), "outside a collection"),
                Arguments.of("language lengths disagree", of(header, 0x01, 0x35, sized("t"), 0x00, 0x09, sized("zh"), sized("ab"),
                        0x00, 0x03), "do not add up"),
                Arguments.of("too deep", deepCollection(IppCodec.MAX_COLLECTION_DEPTH + 1), "nested deeper"));
    }

    private static byte[] deepCollection(int depth) {
        byte[] header = of(0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x01, 0x34, sized("c"), 0x00, 0x00);
        byte[] out = header;
        for (int i = 1; i < depth; i++) {
            out = of(out, 0x4A, 0x00, 0x00, sized("m"), 0x34, 0x00, 0x00, 0x00, 0x00);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedInputIsAClearFormatError(String name, byte[] input, String message) {
        assertThatThrownBy(() -> IppCodec.decode(input)).isInstanceOf(IppFormatException.class).hasMessageContaining(message);
    }

    @Test
    void aValueTooLongForItsLengthFieldIsRefusedWhenEncoding() {
        IppMessage message = IppRequestBuilder.request(IppOperation.PRINT_JOB, 1, "ipp://p/")
                .jobName("x".repeat(40_000)).build();

        assertThatThrownBy(() -> IppCodec.encode(message)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 32767");
    }
}
