package vn.daihoi.org.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.daihoi.names.PersonName;
import vn.daihoi.names.UnsafeText;
import vn.daihoi.org.MemberSituation;
import vn.daihoi.org.MemberStatus;
import vn.daihoi.org.Members.MemberData;
import vn.daihoi.platform.Dates;

/**
 * The rules a member's record must satisfy, the same for a form, an import row and a code-built load.
 * Collects every violation rather than stopping at the first, so an import report can list them all.
 */
final class MemberRules {

    static final Pattern NATIONAL_ID = Pattern.compile("\\d{12}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,11}");
    private static final Pattern CARD_NO = Pattern.compile("[0-9A-Za-z./-]{1,20}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]{8,20}");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    static final int MAX_NAME = 100;

    private MemberRules() {}

    /** Cleans the text fields (NFC, single spaces; empty becomes null for optional ones). */
    static MemberData clean(MemberData d) {
        return new MemberData(
                PersonName.clean(d.familyName()),
                PersonName.clean(d.middleName()),
                PersonName.clean(d.givenName()),
                blankToNull(d.manualSortKey()),
                d.sex(),
                d.birthDate(),
                blankToNull(d.ethnicity()),
                blankToNull(d.religion()),
                blankToNull(d.nationalId()),
                blankToNull(d.phone()),
                blankToNull(d.partyCardNo()),
                d.admissionDate(),
                d.officialDate(),
                d.status(),
                d.situation() == null ? MemberSituation.ACTIVE : d.situation(),
                d.orgId());
    }

    /** The same record in node {@code orgId}. */
    static MemberData placed(MemberData d, long orgId) {
        return new MemberData(
                d.familyName(),
                d.middleName(),
                d.givenName(),
                d.manualSortKey(),
                d.sex(),
                d.birthDate(),
                d.ethnicity(),
                d.religion(),
                d.nationalId(),
                d.phone(),
                d.partyCardNo(),
                d.admissionDate(),
                d.officialDate(),
                d.status(),
                d.situation(),
                orgId);
    }

    /** Every rule a cleaned record breaks, checked against {@code today}. */
    static List<Violation> check(MemberData d, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        name(v, MemberColumn.FAMILY_NAME, d.familyName(), true);
        name(v, MemberColumn.MIDDLE_NAME, d.middleName(), false);
        name(v, MemberColumn.GIVEN_NAME, d.givenName(), true);
        // The sort key orders the member on ballots: it may hold digits, but nothing invisible either.
        UnsafeText.firstUnsafe(d.manualSortKey())
                .ifPresent(cp -> v.add(new Violation(
                        MemberColumn.MANUAL_SORT_KEY, "member.rule.nameUnsafe", UnsafeText.describe(cp))));
        if (d.sex() == null) {
            v.add(new Violation(MemberColumn.SEX, "member.rule.required"));
        }
        if (d.status() == null) {
            v.add(new Violation(MemberColumn.STATUS, "member.rule.required"));
        }
        if (d.nationalId() != null && !NATIONAL_ID.matcher(d.nationalId()).matches()) {
            v.add(
                    DIGITS.matcher(d.nationalId()).matches()
                            ? new Violation(
                                    MemberColumn.NATIONAL_ID,
                                    "member.rule.nationalIdShort",
                                    d.nationalId(),
                                    d.nationalId().length())
                            : new Violation(MemberColumn.NATIONAL_ID, "member.rule.nationalId", d.nationalId()));
        }
        if (d.partyCardNo() != null && !CARD_NO.matcher(d.partyCardNo()).matches()) {
            v.add(new Violation(MemberColumn.PARTY_CARD_NO, "member.rule.cardNo", d.partyCardNo()));
        }
        if (d.phone() != null && !PHONE.matcher(d.phone()).matches()) {
            v.add(new Violation(MemberColumn.PHONE, "member.rule.phone", d.phone()));
        }
        dates(v, d, today);
        return v;
    }

    private static void name(List<Violation> v, MemberColumn column, String value, boolean required) {
        if (value == null || value.isEmpty()) {
            if (required) {
                v.add(new Violation(column, "member.rule.required"));
            }
        } else if (value.length() > MAX_NAME) {
            v.add(new Violation(column, "member.rule.tooLong", MAX_NAME));
        } else if (UnsafeText.firstUnsafe(value).isPresent()) {
            v.add(new Violation(
                    column,
                    "member.rule.nameUnsafe",
                    UnsafeText.describe(UnsafeText.firstUnsafe(value).getAsInt())));
        } else if (HAS_DIGIT.matcher(value).matches()) {
            v.add(new Violation(column, "member.rule.nameDigits", value));
        }
    }

    private static void dates(List<Violation> v, MemberData d, LocalDate today) {
        future(v, MemberColumn.BIRTH_DATE, d.birthDate(), today);
        future(v, MemberColumn.ADMISSION_DATE, d.admissionDate(), today);
        future(v, MemberColumn.OFFICIAL_DATE, d.officialDate(), today);
        if (d.admissionDate() == null) {
            v.add(new Violation(MemberColumn.ADMISSION_DATE, "member.rule.required"));
        } else if (d.birthDate() != null && !d.admissionDate().isAfter(d.birthDate())) {
            v.add(new Violation(
                    MemberColumn.ADMISSION_DATE,
                    "member.rule.admissionBeforeBirth",
                    Dates.format(d.admissionDate()),
                    Dates.format(d.birthDate())));
        }
        if (d.officialDate() != null
                && d.admissionDate() != null
                && d.officialDate().isBefore(d.admissionDate())) {
            v.add(new Violation(
                    MemberColumn.OFFICIAL_DATE,
                    "member.rule.officialBeforeAdmission",
                    Dates.format(d.officialDate()),
                    Dates.format(d.admissionDate())));
        }
        if (d.status() == MemberStatus.OFFICIAL && d.officialDate() == null) {
            v.add(new Violation(MemberColumn.OFFICIAL_DATE, "member.rule.officialMissing"));
        }
        if (d.status() == MemberStatus.PROBATIONARY && d.officialDate() != null) {
            v.add(new Violation(MemberColumn.OFFICIAL_DATE, "member.rule.probationaryHasOfficial"));
        }
    }

    private static void future(List<Violation> v, MemberColumn column, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            v.add(new Violation(column, "member.rule.dateFuture", Dates.format(date)));
        }
    }

    private static String blankToNull(String s) {
        String c = PersonName.clean(s);
        return c.isEmpty() ? null : c;
    }
}
