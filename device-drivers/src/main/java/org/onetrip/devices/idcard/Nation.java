package org.onetrip.devices.idcard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An ethnic group of GB 3304 as printed on a resident ID card, or a nationality read from a
 * foreign identity card (then {@code code} is empty).
 *
 * @param code two digits of GB 3304, or empty for a nationality that has no such code
 * @param name the printed name
 */
public record Nation(String code, String name) {
    private static final Map<String, String> GB_3304 = table(
            "01汉", "02蒙古", "03回", "04藏", "05维吾尔", "06苗", "07彝", "08壮", "09布依", "10朝鲜",
            "11满", "12侗", "13瑶", "14白", "15土家", "16哈尼", "17哈萨克", "18傣", "19黎", "20傈僳",
            "21佤", "22畲", "23高山", "24拉祜", "25水", "26东乡", "27纳西", "28景颇", "29柯尔克孜", "30土",
            "31达斡尔", "32仫佬", "33羌", "34布朗", "35撒拉", "36毛南", "37仡佬", "38锡伯", "39阿昌", "40普米",
            "41塔吉克", "42怒", "43乌孜别克", "44俄罗斯", "45鄂温克", "46德昂", "47保安", "48裕固", "49京",
            "50塔塔尔", "51独龙", "52鄂伦春", "53赫哲", "54门巴", "55珞巴", "56基诺",
            "97其他", "98外国血统中国籍人士");

    public Nation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        CardText.checked("nation", name);
    }

    /** The GB 3304 group for a two-digit code, if the code is in the table. */
    public static Optional<Nation> ofCode(String code) {
        String name = GB_3304.get(code);
        return name == null ? Optional.empty() : Optional.of(new Nation(code, name));
    }

    /** A nationality without a GB 3304 code, for cards of other countries. */
    public static Nation foreign(String name) {
        return new Nation("", name);
    }

    private static Map<String, String> table(String... entries) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : entries) {
            map.put(entry.substring(0, 2), entry.substring(2));
        }
        return Map.copyOf(map);
    }
}
