package org.onetrip.kiosk.certificate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onetrip.config.catalog.HolderMasking;

/**
 * Every text a certificate prints, after masking: what the layout draws and what the glyph
 * coverage check reads before any page is made.
 */
record PrintedCertificate(String typeCode, String title, Optional<String> titleEn, String verificationCode,
                          MaskedHolder holder, List<CertificateField> fields, Optional<CertificateTable> table,
                          List<String> notes, String issuingAuthority, String issuedOn,
                          Optional<String> validUntil, String verificationUrl) {

    static final String NAME_LABEL = "姓名";
    static final String ID_LABEL = "公民身份号码";
    static final String CODE_LABEL = "验证码：";
    static final String HOLDER_LABEL = "持证人：";
    static final String TABLE_END = "（以下空白）";
    static final String VALID_UNTIL = "本证明有效期至%s。";
    static final String VERIFY_ZH = "核验方式：用手机扫描左侧二维码，或访问 %s 并输入验证码 %s，核对本证明内容与真伪。";
    static final String VERIFY_EN = "To verify: scan the QR code, or open the address above and enter the verification code.";
    static final String PAGE_OF = "第 %d 页 / 共 %d 页  (page %d of %d)";

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    static PrintedCertificate of(CertificateData data, HolderMasking masking) {
        MaskedHolder holder = MaskedHolder.of(data.holder(), masking);
        List<CertificateField> fields = data.fields().stream()
                .map(f -> new CertificateField(f.label(), holder.applyTo(f.value())))
                .toList();
        Optional<CertificateTable> table = data.table().map(t -> new CertificateTable(
                t.headers(),
                t.rows().stream().map(row -> row.stream().map(holder::applyTo).toList()).toList()));
        return new PrintedCertificate(data.typeCode(), data.title(), data.titleEn(), data.verificationCode(), holder,
                fields, table, data.notes().stream().map(holder::applyTo).toList(),
                data.issuingAuthority(), chinese(data.issuedOn()), data.validUntil().map(PrintedCertificate::chinese),
                data.verificationUrl().toString());
    }

    static String chinese(LocalDate date) {
        return CHINESE_DATE.format(date);
    }

    String verifyLine() {
        return String.format(VERIFY_ZH, verificationUrl, verificationCode);
    }

    /** All that is printed, for the coverage check; page numbers are digits the main font has. */
    List<String> texts() {
        List<String> all = new ArrayList<>(List.of(typeCode, title, verificationCode, holder.name(), holder.idNumber(),
                issuingAuthority, issuedOn, verificationUrl, NAME_LABEL, ID_LABEL, CODE_LABEL, HOLDER_LABEL,
                VALID_UNTIL, TABLE_END, verifyLine(), VERIFY_EN, PAGE_OF, OfficialSeal.PURPOSE, "0123456789 ONETRIP"));
        titleEn.ifPresent(all::add);
        validUntil.ifPresent(all::add);
        for (CertificateField field : fields) {
            all.add(field.label());
            all.add(field.value());
        }
        table.ifPresent(t -> {
            all.addAll(t.headers());
            t.rows().forEach(all::addAll);
        });
        all.addAll(notes);
        return all;
    }
}
