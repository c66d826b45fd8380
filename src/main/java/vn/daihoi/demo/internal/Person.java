package vn.daihoi.demo.internal;

import java.time.LocalDate;
import vn.daihoi.org.MemberSituation;
import vn.daihoi.org.MemberStatus;
import vn.daihoi.org.Sex;

/** One generated party member: every column of {@code member} except its id and cell. */
public record Person(
        String family,
        String middle,
        String given,
        String fullName,
        String manualSortKey,
        byte[] sortKey,
        String searchText,
        Sex sex,
        LocalDate birthDate,
        String ethnicity,
        String religion,
        String nationalId,
        String phone,
        String partyCardNo,
        LocalDate admissionDate,
        LocalDate officialDate,
        MemberStatus status,
        MemberSituation situation) {

    /** Members who count in the numbers of their cell (the rule of {@code TreeMaintenance}). */
    public boolean counted() {
        return situation != MemberSituation.DECEASED && situation != MemberSituation.REMOVED;
    }
}
