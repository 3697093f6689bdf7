package org.onetrip.kiosk.issuance;

/** Why no certificate is ready to print, each with the sentence the citizen is told. */
public enum IssueRefusal {
    LIMIT_REACHED("您今天打印该证明的次数已达上限，请明天再来或到人工窗口办理",
            "today's limit for this certificate is reached"),
    NOT_OFFERED("本机暂不能打印该证明，请到人工窗口办理", "this kiosk does not print this certificate"),
    NOT_IDENTIFIED("请先将身份证放在读卡区", "the citizen is not identified by the card in the reader"),
    UNKNOWN_HOLDER("未查询到您的相关记录，请到人工窗口咨询", "the approval system holds no records for the holder"),
    BACKEND_UNAVAILABLE("系统暂时无法出具证明，请稍后再试或到人工窗口办理", "the approval system cannot be reached"),
    BACKEND_REFUSED("系统未能出具该证明，请到人工窗口办理", "the approval system refused to issue"),
    DOCUMENT_REFUSED("证明文件未通过本机校验，没有打印，请到人工窗口办理",
            "the document from the approval system failed the kiosk's checks"),
    MISSING_GLYPHS("您的信息中有本机无法打印的字，请到人工窗口办理",
            "the certificate holds characters none of the kiosk's fonts has"),
    HOLDER_MISMATCH("证明内容与您的身份证不符，没有打印，请到人工窗口办理",
            "the document is not about the holder of the card in the reader"),
    SESSION_ENDED("本次服务已结束", "the session ended before the certificate was ready");

    private final String advice;
    private final String englishAdvice;

    IssueRefusal(String advice, String englishAdvice) {
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
