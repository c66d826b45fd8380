package vn.daihoi.org.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.daihoi.org.Members.MemberData;
import vn.daihoi.platform.Dates;

/** What an edit changed, field by field, for the audit entry ("Tình trạng: … → …"). */
final class MemberChanges {

    private MemberChanges() {}

    static String describe(MemberData a, MemberData b) {
        List<String> out = new ArrayList<>();
        diff(out, MemberColumn.FAMILY_NAME, a.familyName(), b.familyName());
        diff(out, MemberColumn.MIDDLE_NAME, a.middleName(), b.middleName());
        diff(out, MemberColumn.GIVEN_NAME, a.givenName(), b.givenName());
        diff(out, MemberColumn.MANUAL_SORT_KEY, a.manualSortKey(), b.manualSortKey());
        diff(out, MemberColumn.SEX, MemberValues.label(a.sex()), MemberValues.label(b.sex()));
        diff(out, MemberColumn.BIRTH_DATE, Dates.format(a.birthDate()), Dates.format(b.birthDate()));
        diff(out, MemberColumn.ETHNICITY, a.ethnicity(), b.ethnicity());
        diff(out, MemberColumn.RELIGION, a.religion(), b.religion());
        diff(out, MemberColumn.NATIONAL_ID, a.nationalId(), b.nationalId());
        diff(out, MemberColumn.PHONE, a.phone(), b.phone());
        diff(out, MemberColumn.PARTY_CARD_NO, a.partyCardNo(), b.partyCardNo());
        diff(out, MemberColumn.ADMISSION_DATE, Dates.format(a.admissionDate()), Dates.format(b.admissionDate()));
        diff(out, MemberColumn.OFFICIAL_DATE, Dates.format(a.officialDate()), Dates.format(b.officialDate()));
        diff(out, MemberColumn.STATUS, MemberValues.label(a.status()), MemberValues.label(b.status()));
        diff(out, MemberColumn.SITUATION, MemberValues.label(a.situation()), MemberValues.label(b.situation()));
        return String.join("; ", out);
    }

    private static void diff(List<String> out, MemberColumn column, String a, String b) {
        String x = a == null ? "" : a;
        String y = b == null ? "" : b;
        if (!Objects.equals(x, y)) {
            out.add(column.header + ": " + x + " → " + y);
        }
    }
}
