package org.onetrip.kiosk.payment;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the citizen is asked to pay: a notice found by its number (a fine, a tax, tuition), or a
 * fee of a matter or certificate from the catalog.
 *
 * @param purpose      a notice (settled by the payment itself) or a fee (settled once the service is delivered)
 * @param payee        the collecting office (执收单位), as the citizen reads it
 * @param payeeCode    its code (执收单位编码)
 * @param item         what is paid, in words
 * @param itemCode     the non-tax revenue item code
 * @param amountFen    in fen, 1 or more
 * @param dueDate      a notice's last day without a late fee
 * @param noticeNumber a notice's number (缴款码)
 * @param serviceCode  a fee's matter or certificate code
 */
public record PayableItem(Purpose purpose, String payee, String payeeCode, String item, String itemCode,
                          long amountFen, Optional<LocalDate> dueDate, Optional<String> noticeNumber,
                          Optional<String> serviceCode) {

    /** Why the citizen pays. */
    public enum Purpose {
        /** A notice found by its number: paying it is all there is to deliver. */
        NOTICE,
        /** A fee for a service the kiosk then delivers (a certificate printed, a matter filed). */
        FEE
    }

    public PayableItem {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(noticeNumber, "noticeNumber");
        Objects.requireNonNull(serviceCode, "serviceCode");
        if (payeeCode == null || !payeeCode.matches("[0-9]{6,20}")) {
            throw new IllegalArgumentException("payeeCode must be 6..20 digits, was " + payeeCode);
        }
        if (itemCode == null || !itemCode.matches("[0-9A-Z]{3,20}")) {
            throw new IllegalArgumentException("itemCode must be 3..20 digits or capital letters, was " + itemCode);
        }
        if (amountFen < 1 || amountFen > 100_000_000L) {
            throw new IllegalArgumentException("amountFen must be 1..100000000, was " + amountFen);
        }
        if (purpose == Purpose.NOTICE && noticeNumber.isEmpty()) {
            throw new IllegalArgumentException("a notice needs its number");
        }
    }

    /** A notice as the platform described it. */
    public static PayableItem notice(PlatformContract.PayableNotice notice) {
        return new PayableItem(Purpose.NOTICE, notice.payee(), notice.payeeCode(), notice.item(), notice.itemCode(),
                notice.amountFen(), Optional.ofNullable(notice.dueDate()).map(LocalDate::parse),
                Optional.of(notice.noticeNumber()), Optional.empty());
    }

    /** A catalog fee for {@code serviceCode}. */
    public static PayableItem fee(String serviceCode, String payee, String payeeCode, String item, String itemCode,
                                  long amountFen) {
        return new PayableItem(Purpose.FEE, payee, payeeCode, item, itemCode, amountFen, Optional.empty(),
                Optional.empty(), Optional.of(serviceCode));
    }

    /** E.g. {@code ¥200.00}. */
    public String amount() {
        return yuan(amountFen);
    }

    /** {@code fen} as yuan with two decimals, e.g. {@code ¥8,640.50}. */
    public static String yuan(long fen) {
        return String.format(Locale.ROOT, "¥%,d.%02d", fen / 100, fen % 100);
    }
}
