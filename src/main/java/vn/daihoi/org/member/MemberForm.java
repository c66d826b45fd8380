package vn.daihoi.org.member;

import vn.daihoi.org.MemberSituation;
import vn.daihoi.org.MemberStatus;
import vn.daihoi.org.Members.MemberData;
import vn.daihoi.org.Sex;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

/** The member form as typed: dates are text (dd/MM/yyyy) until {@link #toData} reads them. */
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

    MemberData toData(Long orgId) {
        return new MemberData(
                familyName,
                middleName,
                givenName,
                manualSortKey,
                sex,
                date(MemberColumn.BIRTH_DATE, birthDate),
                ethnicity,
                religion,
                nationalId,
                phone,
                partyCardNo,
                date(MemberColumn.ADMISSION_DATE, admissionDate),
                date(MemberColumn.OFFICIAL_DATE, officialDate),
                status,
                situation,
                orgId);
    }

    private static java.time.LocalDate date(MemberColumn column, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Dates.parse(text)
                .orElseThrow(() -> new DomainException("member.error.dateField", column.header, text.strip()));
    }
}
