package org.onetrip.day;

import java.util.List;
import java.util.Random;
import org.onetrip.devices.privacy.Masking;

/** What a citizen writes into a field the kiosk asks for again, by the field's code. */
final class FormAnswers {

    private FormAnswers() {
    }

    /** A mobile number of the citizen's: 11 digits starting 13x to 19x. */
    static String phone(Random random) {
        StringBuilder phone = new StringBuilder("1").append(3 + random.nextInt(7));
        for (int i = 0; i < 9; i++) {
            phone.append(random.nextInt(10));
        }
        return phone.toString();
    }

    /** How the day's report shows a phone number: as the kiosk's one policy masks it, 13*******78. */
    static String maskedPhone(String phone) {
        return Masking.phone(phone);
    }

    static String address(Random random) {
        return "广东省深圳市南山区" + List.of("科技园南路", "深南大道", "南海大道", "学府路").get(random.nextInt(4))
                + (10 + random.nextInt(890)) + "号";
    }

    /** An answer for a field that is not personal. */
    static String plain(String code) {
        if (code.endsWith("POSTCODE")) {
            return "518000";
        }
        if (code.equals("CHILD_BIRTH_DATE")) {
            return "2026-11-01";
        }
        if (code.endsWith("_DATE")) {
            return "2024-06-30";
        }
        return switch (code) {
            case "CHILD_NAME" -> "张小明";
            case "COMPANY_NAME" -> "深圳市示例科技有限公司";
            case "EMPLOYER_NAME" -> "深圳市示例科技有限公司";
            case "SCHOOL_NAME" -> "南山实验学校";
            case "BANK_NAME" -> "中国银行深圳分行";
            case "BIRTH_CERT_NUMBER" -> "Q440301234";
            case "CREDIT_CODE" -> "91440300MA5DC1234X";
            case "BANK_CARD_NUMBER" -> "6222020200112233445";
            case "HOUSING_FUND_ACCOUNT" -> "2001234567";
            case "WITHDRAWAL_AMOUNT" -> "5000";
            case "REGISTERED_CAPITAL" -> "100";
            case "EMPLOYEE_COUNT" -> "5";
            case "BUSINESS_SCOPE" -> "软件开发";
            case "EMAIL" -> "applicant@example.cn";
            default -> "自助申请";
        };
    }
}
