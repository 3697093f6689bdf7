package org.onetrip.devices.idcard.pcsc;

/** The identity fields a TLV identity file can carry. */
public enum IdentityField {
    NAME, SEX, NATION, BIRTH_DATE, ADDRESS, ID_NUMBER, AUTHORITY, VALID_FROM, VALID_TO
}
