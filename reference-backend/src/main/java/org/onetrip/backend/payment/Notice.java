package org.onetrip.backend.payment;

import java.time.LocalDate;

/**
 * A payable item the platform knows by its payment notice number (缴款码): a fine, a tax, tuition.
 *
 * @param noticeNumber 20 digits
 * @param payee        the collecting office's name (执收单位)
 * @param payeeCode    its code (执收单位编码)
 * @param item         what is paid, in words
 * @param itemCode     the non-tax revenue item code
 * @param amountFen    in fen (1/100 yuan)
 * @param dueDate      the last day to pay without a late fee
 */
public record Notice(String noticeNumber, String payee, String payeeCode, String item, String itemCode,
                     long amountFen, LocalDate dueDate) {
}
