package org.onetrip.backend.certificate;

/** The certificates and proofs the kiosk can print. */
public enum CertificateType {
    /** 社会保险个人缴费证明: a table of monthly contributions, often several pages. */
    SOCIAL_INSURANCE_RECORD("社会保险个人参保缴费证明"),
    /** 无犯罪记录证明. */
    NO_CRIMINAL_RECORD("无犯罪记录证明"),
    /** 户籍证明. */
    HOUSEHOLD_REGISTRATION("户籍证明");

    private final String title;

    CertificateType(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
