package vn.daihoi.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Purpose;
import vn.daihoi.elections.RoundState;
import vn.daihoi.personnel.PersonnelBody;
import vn.daihoi.season.CongressState;

/** The database's lists of allowed codes and the Java enums say the same thing. */
@SpringBootTest
class CodeChecksTest {

    @Autowired
    JdbcClient jdbc;

    List<String> allowed(String constraint) {
        String def = jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conname = ?")
                .param(constraint)
                .query(String.class)
                .single();
        return Arrays.stream(def.split("'"))
                .filter(s -> s.matches("[A-Z_]+"))
                .sorted()
                .toList();
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).sorted().toList();
    }

    @Test
    void levelsTypesAndSituationsMatchTheEnums() {
        assertThat(allowed("org_version_level_check")).isEqualTo(names(OrgLevel.values()));
        assertThat(allowed("org_version_unit_type_check")).isEqualTo(names(UnitType.values()));
        assertThat(allowed("member_situation_check")).isEqualTo(names(MemberSituation.values()));
        assertThat(allowed("member_sex_check")).isEqualTo(names(Sex.values()));
        assertThat(allowed("member_status_check")).isEqualTo(names(MemberStatus.values()));
    }

    @Test
    void roundCodesMatchTheEnums() {
        assertThat(allowed("election_round_state_check")).isEqualTo(names(RoundState.values()));
        assertThat(allowed("election_round_purpose_check")).isEqualTo(names(Purpose.values()));
        assertThat(allowed("election_round_ballot_form_check")).isEqualTo(names(BallotForm.values()));
        assertThat(allowed("election_ballot_form_check")).isEqualTo(names(BallotForm.values()));
    }

    @Test
    void congressAndProposalCodesMatchTheEnums() {
        assertThat(allowed("congress_case_state_check")).isEqualTo(names(CongressState.values()));
        assertThat(allowed("congress_case_level_check")).isEqualTo(names(OrgLevel.values()));
        assertThat(allowed("personnel_body_body_check")).isEqualTo(names(PersonnelBody.values()));
    }
}
