package org.onetrip.backend.certificate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onetrip.backend.certificate.CertificateDocument.Column;
import org.onetrip.backend.certificate.CertificateDocument.Field;
import org.onetrip.backend.registry.Resident;

/**
 * Writes the content of each certificate type for a resident. The data is invented but
 * consistent: the same person on the same day always gets the same figures.
 */
public final class CertificateContent {

    /** At most this many recent months are listed on a contribution record. */
    static final int MAX_MONTHS = 120;

    private static final DateTimeFormatter CN_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** Where each test identity worked: from which month, for whom, on which contribution base. */
    private record Employment(String residentKey, YearMonth from, YearMonth until, String employer, int baseYuan) {
    }

    private static final List<Employment> EMPLOYMENTS = List.of(
            new Employment("zhang-wei", YearMonth.of(2012, 7), YearMonth.of(2019, 12), "北京景山信息技术有限公司", 6200),
            new Employment("zhang-wei", YearMonth.of(2020, 1), null, "北京东城数据服务有限公司", 9800),
            new Employment("li-xiuying", YearMonth.of(1993, 1), YearMonth.of(2007, 11), "上海徐汇纺织厂", 1200),
            new Employment("wang-fang", YearMonth.of(2014, 9), null, "银川兴庆商贸有限公司", 4100),
            new Employment("ouyang-mingyuan", YearMonth.of(2023, 7), null, "沈阳和平软件有限公司", 5300),
            new Employment("chen-jing", YearMonth.of(2001, 3), null, "深圳南山电子有限公司", 5600),
            new Employment("liu-yan", YearMonth.of(1990, 4), YearMonth.of(2026, 9), "广州荔湾机械厂", 2400));

    public CertificateDocument of(CertificateType type, Resident resident, LocalDate today) {
        return switch (type) {
            case SOCIAL_INSURANCE_RECORD -> socialInsurance(resident, today);
            case NO_CRIMINAL_RECORD -> noCriminalRecord(resident, today);
            case HOUSEHOLD_REGISTRATION -> householdRegistration(resident, today);
        };
    }

    private CertificateDocument socialInsurance(Resident r, LocalDate today) {
        YearMonth lastFull = YearMonth.from(today).minusMonths(1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (Employment job : EMPLOYMENTS) {
            if (!job.residentKey().equals(r.key())) {
                continue;
            }
            YearMonth end = job.until() == null || job.until().isAfter(lastFull) ? lastFull : job.until();
            for (YearMonth month = job.from(); !month.isAfter(end); month = month.plusMonths(1)) {
                BigDecimal base = BigDecimal.valueOf(job.baseYuan())
                        .multiply(BigDecimal.valueOf(1.06).pow(month.getYear() - job.from().getYear()))
                        .setScale(2, RoundingMode.HALF_UP);
                Map<String, String> row = new LinkedHashMap<>();
                row.put("period", month.toString());
                row.put("employer", job.employer());
                row.put("base", base.toPlainString());
                row.put("pensionPersonal", percent(base, 8));
                row.put("pensionEmployer", percent(base, 16));
                row.put("medicalPersonal", percent(base, 2));
                row.put("status", "已缴");
                rows.add(row);
            }
        }
        if (rows.size() > MAX_MONTHS) {
            rows = new ArrayList<>(rows.subList(rows.size() - MAX_MONTHS, rows.size()));
        }
        List<Field> fields = List.of(
                new Field("name", "姓名", r.name()),
                new Field("idNumber", "公民身份号码", r.idNumber()),
                new Field("insuranceStatus", "参保状态", rows.isEmpty() || !rows.get(rows.size() - 1).get("period")
                        .equals(lastFull.toString()) ? "暂停缴费" : "正常参保"),
                new Field("months", "本证明所列缴费月数", Integer.toString(rows.size())));
        List<Column> columns = List.of(
                new Column("period", "缴费年月"),
                new Column("employer", "参保单位"),
                new Column("base", "缴费基数（元）"),
                new Column("pensionPersonal", "养老个人（元）"),
                new Column("pensionEmployer", "养老单位（元）"),
                new Column("medicalPersonal", "医疗个人（元）"),
                new Column("status", "缴费状态"));
        return new CertificateDocument(CertificateType.SOCIAL_INSURANCE_RECORD.title(), "社会保险事业管理中心",
                fields, columns, rows,
                List.of("本证明列示最近" + MAX_MONTHS + "个月内的缴费记录。", "出具日期：" + CN_DATE.format(today)),
                today.plusMonths(3).toString());
    }

    private CertificateDocument noCriminalRecord(Resident r, LocalDate today) {
        List<Field> fields = List.of(
                new Field("name", "姓名", r.name()),
                new Field("sex", "性别", r.sex().label()),
                new Field("idNumber", "公民身份号码", r.idNumber()),
                new Field("statement", "查询结果", "经查询，截至" + CN_DATE.format(today) + "，未发现" + r.name()
                        + "有犯罪记录。"));
        return new CertificateDocument(CertificateType.NO_CRIMINAL_RECORD.title(), r.issuingAuthority(),
                fields, List.of(), List.of(),
                List.of("本证明自出具之日起三个月内有效。", "出具日期：" + CN_DATE.format(today)),
                today.plusMonths(3).toString());
    }

    private CertificateDocument householdRegistration(Resident r, LocalDate today) {
        List<Field> fields = List.of(
                new Field("name", "姓名", r.name()),
                new Field("sex", "性别", r.sex().label()),
                new Field("nation", "民族", r.nation()),
                new Field("birthDate", "出生日期", CN_DATE.format(r.birthDate())),
                new Field("idNumber", "公民身份号码", r.idNumber()),
                new Field("relation", "与户主关系", "户主"),
                new Field("address", "户籍地址", r.address()),
                new Field("authority", "户籍登记机关", r.issuingAuthority()));
        return new CertificateDocument(CertificateType.HOUSEHOLD_REGISTRATION.title(), r.issuingAuthority(),
                fields, List.of(), List.of(),
                List.of("兹证明上述人员户籍信息属实。", "出具日期：" + CN_DATE.format(today)),
                today.plusMonths(1).toString());
    }

    private static String percent(BigDecimal base, int percent) {
        return base.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** The document as lines of a printed page. */
    public static List<SimplePdf.Line> lines(CertificateDocument doc, String verificationCode) {
        List<SimplePdf.Line> lines = new ArrayList<>();
        lines.add(SimplePdf.Line.title(doc.title()));
        lines.add(SimplePdf.Line.body("验证码：" + verificationCode));
        for (Field field : doc.fields()) {
            lines.add(SimplePdf.Line.body(field.label() + "：" + field.value()));
        }
        if (!doc.columns().isEmpty()) {
            lines.add(SimplePdf.Line.body(String.join("  ", doc.columns().stream().map(Column::label).toList())));
            for (Map<String, String> row : doc.rows()) {
                lines.add(SimplePdf.Line.body(String.join("  ",
                        doc.columns().stream().map(c -> row.getOrDefault(c.key(), "")).toList())));
            }
        }
        for (String note : doc.notes()) {
            lines.add(SimplePdf.Line.body(note));
        }
        lines.add(SimplePdf.Line.body("出具机关：" + doc.issuer()));
        return lines;
    }
}
