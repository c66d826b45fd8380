package vn.daihoi.roll;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.names.PersonName;
import vn.daihoi.names.VietnameseNames;
import vn.daihoi.results.ResultsFixtures;

/** Congress cases of a kind and member records in a given situation, for the roll's tests. */
public final class RollFixtures {

    private RollFixtures() {}

    /** A case of {@code orgId} in session, of kind ALL_MEMBER or DELEGATE, in a term of its own. */
    public static long congress(JdbcClient jdbc, long orgId, String kind) {
        long caseId = ResultsFixtures.caseIn(jdbc, orgId, "IN_SESSION", LocalDate.of(2026, 11, 20));
        jdbc.sql("update congress_case set kind = ? where id = ?")
                .param(kind)
                .param(caseId)
                .update();
        return caseId;
    }

    /** A member of {@code orgId} with this status (OFFICIAL, PROBATIONARY) and situation. */
    public static long member(JdbcClient jdbc, long orgId, String fullName, String status, String situation) {
        PersonName name = PersonName.parse(fullName);
        return jdbc.sql("""
                        insert into member (family_name, middle_name, given_name, full_name, sort_key, search_text, sex,
                            status, situation, org_id)
                        values (?, ?, ?, ?, ?, ?, 'MALE', ?, ?, ?) returning id""")
                .param(name.family())
                .param(name.middle())
                .param(name.given())
                .param(name.full())
                .param(VietnameseNames.sortKey(name))
                .param(VietnameseNames.searchKey(name.full()))
                .param(status)
                .param(situation)
                .param(orgId)
                .query(Long.class)
                .single();
    }
}
