package org.onetrip.kiosk.filing;

/** Why a citizen rated the service as they did (好差评), sent as codes. */
public enum RatingReason {
    EASY_TO_USE,
    QUICK,
    CLEAR_GUIDANCE,
    HARD_TO_USE,
    TOO_SLOW,
    UNCLEAR_GUIDANCE,
    DEVICE_TROUBLE
}
