package vn.daihoi.org.member;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.daihoi.org.MemberSituation;
import vn.daihoi.org.MemberStatus;
import vn.daihoi.org.Members.MemberData;
import vn.daihoi.org.Sex;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.FormErrors;
import vn.daihoi.platform.FormFeedback;

/** The member form as typed: dates are text (dd/MM/yyyy) until {@link #read} reads them. */
record MemberForm(
        String familyName,
        String middleName,
        String givenName,
        String manualSortKey,
        Sex sex,
        String birthDate,
        String ethnicity,
        String religion,
        String nationalId,
        String phone,
        String partyCardNo,
        String admissionDate,
        String officialDate,
        MemberStatus status,
        MemberSituation situation,
        Integer version) {

    static MemberForm empty() {
        return new MemberForm(
                "",
                "",
                "",
                "",
                null,
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                MemberStatus.PROBATIONARY,
                MemberSituation.ACTIVE,
                0);
    }

    static MemberForm of(MemberData d, int version) {
        return new MemberForm(
                d.familyName(),
                d.middleName(),
                d.givenName(),
                d.manualSortKey(),
                d.sex(),
                Dates.format(d.birthDate()),
                d.ethnicity(),
                d.religion(),
                d.nationalId(),
                d.phone(),
                d.partyCardNo(),
                Dates.format(d.admissionDate()),
                Dates.format(d.officialDate()),
                d.status(),
                d.situation(),
                version);
    }

    /** The form as it was typed and refused (the flashed values); unknown choices are left empty. */
    static MemberForm of(FormFeedback sent) {
        return new MemberForm(
                sent.value("familyName"),
                sent.value("middleName"),
                sent.value("givenName"),
                sent.value("manualSortKey"),
                choice(Sex.class, sent.value("sex")),
                sent.value("birthDate"),
                sent.value("ethnicity"),
                sent.value("religion"),
                sent.value("nationalId"),
                sent.value("phone"),
                sent.value("partyCardNo"),
                sent.value("admissionDate"),
                sent.value("officialDate"),
                choice(MemberStatus.class, sent.value("status")),
                choice(MemberSituation.class, sent.value("situation")),
                version(sent.value("version")));
    }

    /** The field of the form for each column (the rules of {@link MemberRules} name columns). */
    static final Map<MemberColumn, String> FIELDS = Map.ofEntries(
            Map.entry(MemberColumn.FAMILY_NAME, "familyName"),
            Map.entry(MemberColumn.MIDDLE_NAME, "middleName"),
            Map.entry(MemberColumn.GIVEN_NAME, "givenName"),
            Map.entry(MemberColumn.SEX, "sex"),
            Map.entry(MemberColumn.BIRTH_DATE, "birthDate"),
            Map.entry(MemberColumn.ETHNICITY, "ethnicity"),
            Map.entry(MemberColumn.RELIGION, "religion"),
            Map.entry(MemberColumn.NATIONAL_ID, "nationalId"),
            Map.entry(MemberColumn.PHONE, "phone"),
            Map.entry(MemberColumn.PARTY_CARD_NO, "partyCardNo"),
            Map.entry(MemberColumn.ADMISSION_DATE, "admissionDate"),
            Map.entry(MemberColumn.OFFICIAL_DATE, "officialDate"),
            Map.entry(MemberColumn.STATUS, "status"),
            Map.entry(MemberColumn.SITUATION, "situation"),
            Map.entry(MemberColumn.CELL_CODE, "orgCode"),
            Map.entry(MemberColumn.MANUAL_SORT_KEY, "manualSortKey"));

    /**
     * The record typed in a page form, every field read through {@code errors}: a bad date or choice, and
     * every rule of {@link MemberRules} it breaks, goes beside its field, all at once.
     */
    static MemberData read(Map<String, String> form, Long orgId, FormErrors errors, LocalDate today) {
        MemberData d = new MemberData(
                form.get("familyName"),
                form.get("middleName"),
                form.get("givenName"),
                form.get("manualSortKey"),
                choice(Sex.class, form.get("sex")),
                errors.date("birthDate", "member.field.birthDate", form.get("birthDate"), false),
                form.get("ethnicity"),
                form.get("religion"),
                form.get("nationalId"),
                form.get("phone"),
                form.get("partyCardNo"),
                errors.date("admissionDate", "member.field.admissionDate", form.get("admissionDate"), false),
                errors.date("officialDate", "member.field.officialDate", form.get("officialDate"), false),
                choice(MemberStatus.class, form.get("status")),
                choice(MemberSituation.class, form.get("situation")),
                orgId);
        // a date that was not a date already has its one message; the rules would only add "required"
        Set<String> badDates = new HashSet<>();
        for (String f : List.of("birthDate", "admissionDate", "officialDate")) {
            if (form.get(f) != null
                    && !form.get(f).isBlank()
                    && Dates.parse(form.get(f)).isEmpty()) {
                badDates.add(f);
            }
        }
        for (Violation v : MemberRules.check(MemberRules.clean(d), today)) {
            String field = FIELDS.getOrDefault(v.column(), "familyName");
            if (!badDates.contains(field)) {
                errors.reject(field, v.messageKey(), v.args());
            }
        }
        return d;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer version(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
