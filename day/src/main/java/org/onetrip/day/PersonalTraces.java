package org.onetrip.day;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.regex.Pattern;
import org.onetrip.devices.idcard.IdentityRecord;

/**
 * What the day knows of every citizen's data, to look for it where it must not be: a card's name,
 * ID number (in full or masked), address, and the tracking numbers of its filings belong to the
 * card; the search text, phone and other words typed, and the pictures of scanned pages and
 * certificate previews, belong to the visit (one kiosk session, from the card read to the wipe).
 */
final class PersonalTraces {

    /** Visits whose typed words are still looked for; older ones are forgotten so a long day stays small. */
    private static final int VISITS_REMEMBERED = 50;

    /**
     * One piece of a citizen's data.
     *
     * @param card   whose card it belongs to, when it belongs to a card
     * @param visit  which visit typed it, when it belongs to a visit
     * @param kind   what it is, for the report: "name", "ID number", "search text", ...
     * @param pattern how it is found in a text
     * @param text   the words themselves, when typed
     * @param shownAs how the report shows it: masked when personal
     */
    record Trace(Optional<String> card, Optional<Integer> visit, String kind, Pattern pattern, String text,
                 String shownAs) {
    }

    private final List<Trace> cardTraces = new ArrayList<>();
    private final List<Trace> visitTraces = new ArrayList<>();
    private final List<String> phones = new ArrayList<>();
    // looked up by the numbers found in the scene: a long day tells thousands
    private final Map<String, String> filings = new HashMap<>();
    private final Map<Object, Integer> pictures = Collections.synchronizedMap(new WeakHashMap<>());

    /** Remembers a card's name, ID number in any masked form, and address. */
    void rememberCard(String key, IdentityRecord card) {
        String id = card.idNumber();
        String masked = Citizens.masked(id);
        cardTraces.add(new Trace(Optional.of(key), Optional.empty(), "name", Pattern.compile(Pattern.quote(card.name())),
                card.name(), Citizens.maskedName(card.name())));
        cardTraces.add(new Trace(Optional.of(key), Optional.empty(), "ID number",
                Pattern.compile(Pattern.quote(id)), id, masked));
        // any masking that keeps the first four and the last four digits
        cardTraces.add(new Trace(Optional.of(key), Optional.empty(), "masked ID number",
                Pattern.compile(Pattern.quote(id.substring(0, 4)) + "\\d{0,4}\\*{2,14}\\d{0,4}"
                        + Pattern.quote(id.substring(14))), id, masked));
        cardTraces.add(new Trace(Optional.of(key), Optional.empty(), "address",
                Pattern.compile(Pattern.quote(card.address())), card.address(), "(an address)"));
    }

    /** Remembers a tracking number told to the holder of {@code key}. */
    void rememberFiling(String key, String trackingNumber) {
        filings.put(trackingNumber, key);
    }

    /** Whose card a tracking number was told to, if it was. */
    Optional<String> filingOwner(String trackingNumber) {
        return Optional.ofNullable(filings.get(trackingNumber));
    }

    /** Remembers words typed in a visit. */
    void rememberTyped(int visit, String kind, String typed, String shownAs) {
        visitTraces.add(new Trace(Optional.empty(), Optional.of(visit), kind, Pattern.compile(Pattern.quote(typed)),
                typed, shownAs));
        visitTraces.removeIf(trace -> trace.visit().orElseThrow() <= visit - VISITS_REMEMBERED);
        if (kind.equals("phone")) {
            phones.add(typed);
        }
    }

    /** Every phone number typed all day. */
    List<String> phones() {
        return List.copyOf(phones);
    }

    /** Remembers a picture of the visit's (a page thumbnail, a certificate preview). */
    void rememberPicture(int visit, Object picture) {
        pictures.putIfAbsent(picture, visit);
    }

    /** The visit a picture was first seen in, if it is a remembered one. */
    Optional<Integer> pictureVisit(Object picture) {
        return Optional.ofNullable(pictures.get(picture));
    }

    /** The traces that must not be in the scene while {@code holder}'s card is in visit {@code visit}. */
    List<Trace> forbidden(Optional<String> holder, int visit) {
        List<Trace> out = new ArrayList<>();
        for (Trace trace : cardTraces) {
            if (!trace.card().equals(holder)) {
                out.add(trace);
            }
        }
        List<String> typedNow = visitTraces.stream().filter(trace -> trace.visit().orElseThrow() == visit)
                .map(Trace::text).toList();
        for (Trace trace : visitTraces) {
            // "dwc" typed before is not found in "dwcb" typed now: the words are this visit's
            if (trace.visit().orElseThrow() != visit && typedNow.stream().noneMatch(now -> now.contains(trace.text()))) {
                out.add(trace);
            }
        }
        return out;
    }

    /** Every card's name, ID number (in full or masked) and address, and every phone number typed all day. */
    List<Trace> ofEveryCitizen() {
        List<Trace> all = new ArrayList<>(cardTraces);
        phones.forEach(phone -> all.add(new Trace(Optional.empty(), Optional.empty(), "phone",
                Pattern.compile(Pattern.quote(phone)), phone, "(a phone number)")));
        return all;
    }

    /** The traces of a card (not its tracking numbers), to tell whether it is still on the screen. */
    List<Trace> ofCard(String key) {
        return cardTraces.stream().filter(trace -> trace.card().equals(Optional.of(key))).toList();
    }
}
