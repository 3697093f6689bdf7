package org.onetrip.devices.idcard;

/**
 * Why a card could not be read, each with what the citizen should do. Screens may word it
 * their own way; {@link #advice()} is the default Chinese sentence.
 */
public enum ReadFailure {
    NO_CARD("请将身份证放在读卡区", "place your card on the reader"),
    CARD_REMOVED("请将身份证放稳，读取完成前不要移动", "keep the card still until reading has finished"),
    EXPIRED("该身份证已过有效期，请使用有效证件", "the card has expired; use a valid card"),
    UNREADABLE("未能读取身份证，请取下后重新放置", "take the card off and place it again"),
    INVALID_CARD("身份证信息校验未通过，请联系工作人员", "the card data failed its checks; ask staff"),
    UNSUPPORTED_CARD("无法识别该卡片，请使用居民身份证", "this kind of card is not supported"),
    READER_OFFLINE("读卡器暂不可用，请联系工作人员", "the reader is unavailable; ask staff"),
    READER_FAULT("读卡器故障，请联系工作人员", "the reader reports a fault; ask staff");

    private final String advice;
    private final String englishAdvice;

    ReadFailure(String advice, String englishAdvice) {
        this.advice = advice;
        this.englishAdvice = englishAdvice;
    }

    /** What the citizen should do, in Chinese. */
    public String advice() {
        return advice;
    }

    /** The same advice in English, for technicians and logs. */
    public String englishAdvice() {
        return englishAdvice;
    }
}
