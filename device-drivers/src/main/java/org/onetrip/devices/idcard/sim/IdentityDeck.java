package org.onetrip.devices.idcard.sim;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;

import org.onetrip.devices.idcard.CardIdentifier;
import org.onetrip.devices.idcard.CardValidity;
import org.onetrip.devices.idcard.IdentityRecord;
import org.onetrip.devices.idcard.Nation;
import org.onetrip.devices.idcard.Photo;
import org.onetrip.devices.idcard.PhotoFormat;
import org.onetrip.devices.idcard.Sex;

/**
 * The test identities a simulator can place on its reader, by key. The standard deck holds
 * the people shared by every OneTrip simulator and the reference backend; they are fictitious.
 */
public final class IdentityDeck {
    private final Map<String, IdentityRecord> cards;

    private IdentityDeck(Map<String, IdentityRecord> cards) {
        this.cards = cards;
    }

    /** The shared test people: zhang-wei, li-xiuying, wang-fang, ouyang-mingyuan, chen-jing (expired), liu-yan (䶮). */
    public static IdentityDeck standard() {
        Map<String, IdentityRecord> cards = new LinkedHashMap<>();
        add(cards, "zhang-wei", "张伟", Sex.MALE, "01", "1985-03-12", "110101198503121239", "北京市东城区景山前街4号",
                "北京市公安局东城分局", "2015-06-01", "2035-06-01");
        add(cards, "li-xiuying", "李秀英", Sex.FEMALE, "01", "1952-11-08", "310104195211082461", "上海市徐汇区漕溪北路88号",
                "上海市公安局徐汇分局", "2010-01-15", null);
        add(cards, "wang-fang", "王芳", Sex.FEMALE, "03", "1990-07-21", "640104199007211822", "宁夏银川市兴庆区解放西街2号",
                "银川市公安局兴庆区分局", "2018-09-03", "2038-09-03");
        add(cards, "ouyang-mingyuan", "欧阳明远", Sex.MALE, "11", "2001-02-28", "210102200102280714", "辽宁省沈阳市和平区南京北街206号",
                "沈阳市公安局和平分局", "2019-04-10", "2029-04-10");
        add(cards, "chen-jing", "陈静", Sex.FEMALE, "01", "1978-05-19", "440305197805193287", "广东省深圳市南山区科技园南路1号",
                "深圳市公安局南山分局", "2004-05-10", "2024-05-10");
        add(cards, "liu-yan", "刘䶮", Sex.MALE, "01", "1966-09-30", "440103196609300155", "广东省广州市荔湾区中山七路50号",
                "广州市公安局荔湾分局", "2012-11-20", "2032-11-20");
        return new IdentityDeck(Map.copyOf(cards));
    }

    /**
     * The 8-byte serial number of the test card's chip, as a reader's SELECT CARD answers it.
     * Fixed per key (derived from it), different for every card of the deck.
     *
     * @throws NoSuchElementException for a key not in the deck
     */
    public byte[] chipSerial(String key) {
        if (!cards.containsKey(key)) {
            card(key);
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("onetrip test card " + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(digest, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The identifier a reader reports for the test card: its {@link #chipSerial chip serial}. */
    public CardIdentifier cardIdentifier(String key) {
        return CardIdentifier.of(chipSerial(key));
    }

    public Set<String> keys() {
        return cards.keySet();
    }

    /**
     * A fresh copy of a card's identity, with a placeholder WLT photo.
     *
     * @throws NoSuchElementException for a key not in the deck, naming the keys that are
     */
    public IdentityRecord card(String key) {
        IdentityRecord card = cards.get(key);
        if (card == null) {
            throw new NoSuchElementException("no test identity '" + key + "'; the deck holds " + new java.util.TreeSet<>(cards.keySet()));
        }
        return new IdentityRecord(card.name(), card.sex(), card.nation(), card.birthDate(), card.address(), card.idNumber(),
                card.authority(), card.validity(), new Photo(PhotoFormat.WLT, card.photo().bytes().clone()), new byte[0]);
    }

    private static void add(Map<String, IdentityRecord> cards, String key, String name, Sex sex, String nation, String birth,
                            String id, String address, String authority, String from, String to) {
        CardValidity validity = to == null
                ? CardValidity.longTerm(LocalDate.parse(from))
                : CardValidity.between(LocalDate.parse(from), LocalDate.parse(to));
        byte[] photo = new byte[1024];
        new Random(key.hashCode()).nextBytes(photo);
        cards.put(key, new IdentityRecord(name, sex, Nation.ofCode(nation).orElseThrow(), LocalDate.parse(birth), address, id,
                authority, validity, new Photo(PhotoFormat.WLT, photo), new byte[0]));
    }
}
