package org.onetrip.devices.scanner.image;

/** Something about a readable page that makes it unlikely to be accepted by a clerk. */
public enum PageConcern {
    BLANK("这一页是空白的，请翻面后重新扫描，或取出这一页", "the page is blank: turn it over or remove it"),
    TOO_SMALL("这一页图像太小，看不清，请重新扫描", "the image is far too small to read"),
    TOO_DARK("这一页太暗，看不清，请重新扫描", "the page is too dark to read");

    private final String advice;
    private final String englishAdvice;

    PageConcern(String advice, String englishAdvice) {
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
