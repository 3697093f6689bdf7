package org.onetrip.kiosk.certificate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Certificates of the shared test identities, shaped like the reference backend's answers. */
final class SampleCertificates {

    static final LocalDate ISSUED = LocalDate.of(2026, 11, 21);
    static final CertificateHolder ZHANG_WEI = new CertificateHolder("张伟", "110101198503121239");
    static final CertificateHolder LIU_YAN = new CertificateHolder("刘䶮", "440103196609300155");
    static final CertificateHolder WANG_FANG = new CertificateHolder("王芳", "640104199007211822");

    private SampleCertificates() {
    }

    static URI verifyUrl(String code) {
        return URI.create("https://zwfw.example.gov.cn/verify?code=" + code);
    }

    static CertificateData household(CertificateHolder holder, String code) {
        return new CertificateData("ZM-HJ", "户籍证明", Optional.of("Household registration proof"), code, holder,
                List.of(new CertificateField("性别", "男"),
                        new CertificateField("民族", "汉"),
                        new CertificateField("出生日期", "1985年3月12日"),
                        new CertificateField("与户主关系", "户主"),
                        new CertificateField("户籍地址", "北京市东城区景山前街4号"),
                        new CertificateField("户籍登记机关", "北京市公安局东城分局")),
                Optional.empty(),
                List.of("兹证明上述人员户籍信息属实。"),
                "北京市公安局东城分局", ISSUED, Optional.of(ISSUED.plusMonths(1)), verifyUrl(code));
    }

    static CertificateData noCriminalRecord(CertificateHolder holder, String code) {
        return new CertificateData("ZM-WFZJL", "无犯罪记录证明", Optional.of("Proof of no criminal record"), code,
                holder,
                List.of(new CertificateField("性别", "男"),
                        new CertificateField("查询结果", "经查询，截至2026年11月21日，未发现" + holder.name()
                                + "（公民身份号码 " + holder.idNumber() + "）有犯罪记录。")),
                Optional.empty(),
                List.of("本证明仅证明截至出具之日的查询结果，自出具之日起三个月内有效。"),
                "北京市公安局东城分局", ISSUED, Optional.of(ISSUED.plusMonths(3)), verifyUrl(code));
    }

    /** A contribution record of {@code months} monthly rows ending last month. */
    static CertificateData socialInsurance(CertificateHolder holder, String code, int months) {
        List<List<String>> rows = new ArrayList<>();
        YearMonth first = YearMonth.from(ISSUED).minusMonths(months);
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            String employer = month.getYear() < 2020 ? "北京景山信息技术有限公司" : "北京东城数据服务有限公司";
            BigDecimal base = BigDecimal.valueOf(month.getYear() < 2020 ? 6200 : 9800)
                    .multiply(BigDecimal.valueOf(1.06).pow(month.getYear() % 10)).setScale(2, RoundingMode.HALF_UP);
            rows.add(List.of(month.toString(), employer, base.toPlainString(), percent(base, 8), percent(base, 16),
                    percent(base, 2), "已缴"));
        }
        CertificateTable table = new CertificateTable(
                List.of("缴费年月", "参保单位", "缴费基数（元）", "养老个人（元）", "养老单位（元）", "医疗个人（元）", "缴费状态"),
                rows);
        return new CertificateData("ZM-SBCB", "社会保险个人参保缴费证明", Optional.of("Proof of social insurance contributions"),
                code, holder,
                List.of(new CertificateField("参保状态", "正常参保"),
                        new CertificateField("本证明所列缴费月数", Integer.toString(months))),
                Optional.of(table),
                List.of("本证明列示最近" + months + "个月内的缴费记录。"),
                "北京市东城区社会保险事业管理中心", ISSUED, Optional.of(ISSUED.plusMonths(3)), verifyUrl(code));
    }

    private static String percent(BigDecimal base, int percent) {
        return base.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
