package org.onetrip.backend.certificate;

/** Electronic licences and records a citizen may let the kiosk use as a material. */
public enum LicenceType {
    RESIDENT_ID_CARD("居民身份证"),
    HOUSEHOLD_REGISTER("居民户口簿"),
    MARRIAGE_CERTIFICATE("结婚证"),
    DRIVING_LICENCE("机动车驾驶证"),
    BUSINESS_LICENCE("营业执照");

    private final String title;

    LicenceType(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
