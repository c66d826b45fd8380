package vn.daihoi.demo.internal;

import java.sql.Connection;

/** Writes generated members into {@code member} through COPY, with ids chosen by the caller. */
public final class MemberRows implements AutoCloseable {

    static final String COLUMNS = "id, family_name, middle_name, given_name, full_name, manual_sort_key, sort_key,"
            + " search_text, sex, birth_date, ethnicity, religion, national_id, phone, party_card_no,"
            + " admission_date, official_date, status, situation, org_id";

    private final CopyRows copy;

    public MemberRows(Connection connection) {
        this.copy = new CopyRows(connection, "member", COLUMNS);
    }

    public void write(long id, Person p, long orgId) {
        copy.number(id)
                .text(p.family())
                .text(p.middle())
                .text(p.given())
                .text(p.fullName())
                .text(p.manualSortKey())
                .bytes(p.sortKey())
                .text(p.searchText())
                .text(p.sex().name())
                .date(p.birthDate())
                .text(p.ethnicity())
                .text(p.religion())
                .text(p.nationalId())
                .text(p.phone())
                .text(p.partyCardNo())
                .date(p.admissionDate())
                .date(p.officialDate())
                .text(p.status().name())
                .text(p.situation().name())
                .number(orgId)
                .endRow();
    }

    public long rows() {
        return copy.rows();
    }

    @Override
    public void close() {
        copy.close();
    }
}
