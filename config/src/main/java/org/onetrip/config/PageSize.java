package org.onetrip.config;

/** Paper sizes for certificates and proofs, with their size in millimetres. */
public enum PageSize implements ConfigName {
    A4("A4", 210, 297),
    A5("A5", 148, 210);

    private final String configName;
    private final int widthMm;
    private final int heightMm;

    PageSize(String configName, int widthMm, int heightMm) {
        this.configName = configName;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    @Override
    public String configName() {
        return configName;
    }

    /** Portrait width in millimetres. */
    public int widthMm() {
        return widthMm;
    }

    /** Portrait height in millimetres. */
    public int heightMm() {
        return heightMm;
    }
}
