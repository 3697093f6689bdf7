package org.onetrip.backend.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.onetrip.backend.registry.Resident.Sex;

/**
 * The people the reference backend knows: the project's shared test identities, the same deck
 * the ID-card simulator carries. Anybody else is an unknown holder.
 */
public final class CivilRegistry {

    private final List<Resident> residents = List.of(
            new Resident("zhang-wei", "张伟", Sex.MALE, "汉", LocalDate.of(1985, 3, 12), "110101198503121239",
                    "北京市东城区景山前街4号", "北京市公安局东城分局",
                    LocalDate.of(2015, 6, 1), LocalDate.of(2035, 6, 1)),
            new Resident("li-xiuying", "李秀英", Sex.FEMALE, "汉", LocalDate.of(1952, 11, 8), "310104195211082461",
                    "上海市徐汇区漕溪北路88号", "上海市公安局徐汇分局",
                    LocalDate.of(2010, 1, 15), null),
            new Resident("wang-fang", "王芳", Sex.FEMALE, "回", LocalDate.of(1990, 7, 21), "640104199007211822",
                    "宁夏银川市兴庆区解放西街2号", "银川市公安局兴庆区分局",
                    LocalDate.of(2018, 9, 3), LocalDate.of(2038, 9, 3)),
            new Resident("ouyang-mingyuan", "欧阳明远", Sex.MALE, "满", LocalDate.of(2001, 2, 28), "210102200102280714",
                    "辽宁省沈阳市和平区南京北街206号", "沈阳市公安局和平分局",
                    LocalDate.of(2019, 4, 10), LocalDate.of(2029, 4, 10)),
            new Resident("chen-jing", "陈静", Sex.FEMALE, "汉", LocalDate.of(1978, 5, 19), "440305197805193287",
                    "广东省深圳市南山区科技园南路1号", "深圳市公安局南山分局",
                    LocalDate.of(2004, 5, 10), LocalDate.of(2024, 5, 10)),
            new Resident("liu-yan", "刘\u4DAE", Sex.MALE, "汉", LocalDate.of(1966, 9, 30), "440103196609300155",
                    "广东省广州市荔湾区中山七路50号", "广州市公安局荔湾分局",
                    LocalDate.of(2012, 11, 20), LocalDate.of(2032, 11, 20)));

    public Optional<Resident> byIdNumber(String idNumber) {
        return residents.stream().filter(r -> r.idNumber().equalsIgnoreCase(idNumber)).findFirst();
    }

    public List<Resident> all() {
        return residents;
    }
}
