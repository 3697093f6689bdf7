package org.onetrip.devices.scanner.image;

/** Why a page file cannot be used at all, each with what the citizen is told. */
public enum Unreadable {
    NOT_AN_IMAGE("扫描结果无法识别，请重新扫描", "the file is not an image the kiosk knows"),
    UNSUPPORTED_FORMAT("扫描格式不受支持，请联系工作人员", "the image format cannot be decoded here (WebP, or an exotic variant)"),
    TRUNCATED("扫描结果不完整，请重新扫描", "the image ends early: the transfer was cut"),
    CORRUPT("扫描结果已损坏，请重新扫描", "the image data is damaged"),
    TOO_LARGE("扫描图像过大，请降低分辨率后重新扫描", "the image has more pixels than the kiosk decodes"),
    STORAGE("本机存储异常，请联系工作人员", "the page could not be read from or written to disk");

    private final String advice;
    private final String englishAdvice;

    Unreadable(String advice, String englishAdvice) {
        this.advice = advice;
        this.englishAdvice = englishAdvice;
    }

    public String advice() {
        return advice;
    }

    public String englishAdvice() {
        return englishAdvice;
    }
}
