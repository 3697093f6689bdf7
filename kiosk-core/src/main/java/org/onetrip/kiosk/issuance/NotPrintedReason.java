package org.onetrip.kiosk.issuance;

/** Why a print of a certificate ended without pages, each with the sentence the citizen is told. */
public enum NotPrintedReason {
    /** The printer refused or failed; {@code PrintOutcome.NotPrinted.printerFailure} says how. */
    PRINTER_FAILED("证明没有打印出来，请联系工作人员", "the printer did not print it"),
    /** The printer did not finish in time; the job was cancelled. */
    TIMED_OUT("打印超时，证明没有打印出来，请联系工作人员", "the printer did not finish in time"),
    /** Another certificate held the printer too long. */
    PRINTER_BUSY("打印机忙，请稍后再试", "the printer was busy for too long"),
    /** The printer cannot say whether it printed; not counted. */
    UNCONFIRMED("无法确认证明是否打印成功，请联系工作人员", "the printer cannot confirm the print"),
    /** The session ended before or during the print. */
    SESSION_ENDED("本次服务已结束", "the session ended"),
    /** The card in the reader is not the holder's any more. */
    CARD_CHANGED("读卡区的身份证与申请人不符，没有打印", "the card in the reader is not the holder's"),
    /** Today's limit for the type is reached. */
    LIMIT_REACHED("您今天打印该证明的次数已达上限", "today's limit for this certificate is reached"),
    /** Printed already, or a print of it is under way. */
    ALREADY_PRINTED("该证明已打印", "the certificate is printed or being printed"),
    /** The certificate is not ready to print (refused, or printable only again after a failure). */
    NOT_READY("该证明不能打印", "the certificate is not ready to print");

    private final String advice;
    private final String englishAdvice;

    NotPrintedReason(String advice, String englishAdvice) {
        this.advice = advice;
        this.englishAdvice = englishAdvice;
    }

    /** What the citizen is told, in Chinese. */
    public String advice() {
        return advice;
    }

    /** The same in English, for technicians and logs. */
    public String englishAdvice() {
        return englishAdvice;
    }
}
