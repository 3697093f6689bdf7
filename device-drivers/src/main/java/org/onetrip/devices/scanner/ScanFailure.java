package org.onetrip.devices.scanner;

/**
 * Why a scan did not start or stopped, each with what the citizen is told. Screens may word it their own
 * way; {@link #advice()} is the default Chinese sentence.
 */
public enum ScanFailure {
    SCANNER_OFFLINE("扫描仪暂不可用，请联系工作人员", "the scanner cannot be reached"),
    SCANNER_BUSY("扫描仪正忙，请稍候再试", "the scanner is busy with another job"),
    FEEDER_EMPTY("请将材料放入进纸器后再扫描", "the document feeder is empty"),
    MEDIA_JAM("扫描仪卡纸，请取出材料后重试", "paper is jammed in the feeder"),
    COVER_OPEN("请关好扫描仪盖板后重试", "the scanner's cover or feeder door is open"),
    ACCESS_DENIED("扫描仪拒绝访问，请联系工作人员", "the scanner asks for credentials or refused access"),
    SETTINGS_REFUSED("扫描仪不支持当前设置，请联系工作人员", "the scanner refused the scan settings"),
    JOB_CANCELED("扫描已取消", "the job was cancelled"),
    NO_PAGE("未检测到材料，请放好材料后重试", "no page arrived before the wait ended"),
    SPOOL_FAILED("本机存储异常，请联系工作人员", "the page could not be written to the spool directory"),
    PROTOCOL_ERROR("扫描仪通信异常，请联系工作人员", "the scanner's answer was malformed or unexpected");

    private final String advice;
    private final String englishAdvice;

    ScanFailure(String advice, String englishAdvice) {
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
