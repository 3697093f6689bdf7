package org.onetrip.devices.printer;

/**
 * Why a document was not printed, each with what the citizen should be told. Screens may word
 * it their own way; {@link #advice()} is the default Chinese sentence.
 */
public enum PrintFailure {
    PRINTER_OFFLINE("证书打印机暂不可用，请联系工作人员", "the printer cannot be reached"),
    PRINTER_STOPPED("证书打印机已暂停，请联系工作人员", "the printer is stopped or paused"),
    PAPER_OUT("证书打印机缺纸，请联系工作人员", "the printer is out of paper"),
    MEDIA_JAM("证书打印机卡纸，请联系工作人员", "paper is jammed in the printer"),
    DOOR_OPEN("证书打印机舱门未关好，请联系工作人员", "a door or cover of the printer is open"),
    TONER_OUT("证书打印机墨粉不足，请联系工作人员", "the printer is out of toner"),
    NOT_ACCEPTING_JOBS("证书打印机暂不接受打印，请联系工作人员", "the printer does not accept jobs now"),
    DOCUMENT_REJECTED("证书文件无法打印，请联系工作人员", "the printer refused the document"),
    JOB_ABORTED("证书未能打印完成，请联系工作人员", "the printer aborted the job"),
    JOB_CANCELED("打印已取消", "the job was cancelled"),
    PROTOCOL_ERROR("证书打印机通信异常，请联系工作人员", "the printer's answer was malformed or unexpected"),
    DRIVER_ERROR("证书打印程序异常，请联系工作人员", "the printer driver failed unexpectedly; a job it had sent was asked to cancel");

    private final String advice;
    private final String englishAdvice;

    PrintFailure(String advice, String englishAdvice) {
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
