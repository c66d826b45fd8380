package vn.daihoi.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.org.MemberImport;
import vn.daihoi.org.MemberSituation;
import vn.daihoi.org.MemberStatus;
import vn.daihoi.org.Members;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.Sex;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.rules.RuleChange;
import vn.daihoi.rules.RuleKey;
import vn.daihoi.rules.RuleParameters;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;

/**
 * The personnel proposal's rules come from the rulebook: the seeded surplus and age rules are there with their
 * legal basis, and an administrator who changes a parameter sees the warnings change, each showing the legal
 * basis written in the rulebook. The changes are made for a term and level no other test uses (2020-2025, party
 * groups), from the case's planned day; the re-election months are put back from the next day.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonnelRulebookTest {

    static final LocalDate PLANNED = LocalDate.of(2020, 3, 1);

    @Autowired
    ApplicationContext context;

    @Autowired
    PersonnelProposals proposals;

    @Autowired
    ProposalReader reader;

    @Autowired
    RuleParameters rules;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Province province;
    long caseId;

    @BeforeAll
    void data() {
        province = new Fixtures(context).province("prb");
        caseId = jdbc.sql("""
                        insert into congress_case (org_id, term, level, state, planned_on, state_changed_at)
                        values (?, '2020-2025', 'PARTY_GROUP', 'PREPARING', ?, now()) returning id""")
                .params(province.communeId(), PLANNED)
                .query(Long.class)
                .single();
        ResultsFixtures.signIn(users, "admin");
        // a man born 03/1961 is 59 in 03/2020: 36 months before 62
        long member = member("Hoàng", "Văn", "Tái", Sex.MALE, LocalDate.of(1961, 3, 1), "Kinh");
        proposals.setBody(
                caseId, new PersonnelRequests.SetBody(PersonnelBody.EXECUTIVE_COMMITTEE, 1, java.util.Map.of()));
        proposals.addCandidate(
                caseId,
                new PersonnelRequests.AddCandidate(
                        PersonnelBody.EXECUTIVE_COMMITTEE, member, false, false, "Đại học", "Bí thư"));
        SecurityContextHolder.clearContext();
    }

    long member(String family, String middle, String given, Sex sex, LocalDate born, String ethnicity) {
        long serial = System.nanoTime() % 1_000_000_000L;
        context.getBean(MemberImport.class)
                .load(List.of(new Members.MemberData(
                        family,
                        middle,
                        given,
                        null,
                        sex,
                        born,
                        ethnicity,
                        "Không",
                        String.format("079%09d", serial),
                        null,
                        "RB" + serial,
                        LocalDate.of(2010, 3, 2),
                        LocalDate.of(2011, 3, 2),
                        MemberStatus.OFFICIAL,
                        MemberSituation.ACTIVE,
                        province.cellId())));
        return jdbc.sql("select id from member where party_card_no = ?")
                .param("RB" + serial)
                .query(Long.class)
                .single();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSeededRulesAreInTheRulebookWithTheirLegalBasis() {
        LocalDate on = LocalDate.of(2025, 6, 1);
        assertThat(rules.value("2025-2030", OrgLevel.GRASSROOTS_COMMITTEE, RuleKey.SURPLUS_MIN_PCT, on))
                .contains("10");
        assertThat(rules.value("2025-2030", OrgLevel.GRASSROOTS_COMMITTEE, RuleKey.SURPLUS_MAX_PCT, on))
                .contains("15");
        assertThat(rules.value("2025-2030", OrgLevel.GRASSROOTS_COMMITTEE, RuleKey.SURPLUS_CEILING_PCT, on))
                .contains("30");
        assertThat(rules.value("2025-2030", OrgLevel.CENTRAL, RuleKey.SURPLUS_SMALL_SEATS_MAX, on))
                .contains("5");
        assertThat(rules.value("2025-2030", OrgLevel.CENTRAL, RuleKey.SURPLUS_SMALL_MAX_EXTRA, on))
                .contains("1");
        assertThat(rules.value("2025-2030", OrgLevel.SUBORDINATE_CELL, RuleKey.RETIREMENT_AGE_MEN, on))
                .contains("62");
        assertThat(rules.value("2025-2030", OrgLevel.SUBORDINATE_CELL, RuleKey.RETIREMENT_AGE_WOMEN, on))
                .contains("60");
        assertThat(rules.value("2025-2030", OrgLevel.SUPERIOR_OF_GRASSROOTS, RuleKey.RE_ELECTION_MONTHS_LEFT, on))
                .contains("48");
        assertThat(rules.value("2020-2025", OrgLevel.SUPERIOR_OF_GRASSROOTS, RuleKey.RE_ELECTION_MONTHS_LEFT, on))
                .contains("30");
        assertThat(rules.inForce("2025-2030", OrgLevel.GRASSROOTS_COMMITTEE, on))
                .filteredOn(p -> p.key() == RuleKey.SURPLUS_CEILING_PCT)
                .singleElement()
                .satisfies(p -> assertThat(p.legalBasis()).contains("Quy định 190-QĐ/TW"));
    }

    @Test
    void changingTheRulebookChangesTheWarningsWhichShowItsLegalBasis() {
        ResultsFixtures.signIn(users, "admin");
        // 36 months left, 30 needed (2020-2025): no re-election warning; no ethnic minority target
        Proposal before = reader.view(caseId);
        assertThat(before.warnings()).extracting(Finding::code).doesNotContain("reElectionAge");
        assertThat(before.indicators())
                .filteredOn(i -> i.code() == Indicator.IndicatorCode.ETHNIC_MINORITY)
                .singleElement()
                .satisfies(i -> assertThat(i.target()).isNull());

        String months = rules.value("2020-2025", OrgLevel.PARTY_GROUP, RuleKey.RE_ELECTION_MONTHS_LEFT, PLANNED)
                .orElseThrow();
        try {
            rules.change(new RuleChange(
                    "2020-2025",
                    OrgLevel.PARTY_GROUP,
                    RuleKey.RE_ELECTION_MONTHS_LEFT,
                    "48",
                    "Thử nghiệm: người tái cử còn ít nhất 48 tháng công tác",
                    PLANNED));
            rules.change(new RuleChange(
                    "2020-2025",
                    OrgLevel.PARTY_GROUP,
                    RuleKey.TARGET_ETHNIC_MINORITY_PCT,
                    "10",
                    "Thử nghiệm: người dân tộc thiểu số từ 10% trở lên",
                    PLANNED));

            Proposal after = reader.view(caseId);
            assertThat(after.warnings())
                    .filteredOn(f -> f.code().equals("reElectionAge"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.args()).containsExactly("Hoàng Văn Tái", "59", "36", "48", "62");
                        assertThat(f.legalBasis())
                                .startsWith("Thử nghiệm: người tái cử còn ít nhất 48 tháng công tác; ")
                                .contains("Bộ luật Lao động 2019");
                    });
            assertThat(after.warnings())
                    .filteredOn(f -> f.code().equals("below.ETHNIC_MINORITY"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.legalBasis()).isEqualTo("Thử nghiệm: người dân tộc thiểu số từ 10% trở lên");
                        assertThat(f.args()).containsExactly("0.0", "0", "1", "10");
                    });
        } finally {
            // the old value again from the next day: the test's window is this one day of 2020
            rules.change(new RuleChange(
                    "2020-2025",
                    OrgLevel.PARTY_GROUP,
                    RuleKey.RE_ELECTION_MONTHS_LEFT,
                    months,
                    "Giá trị trước thử nghiệm",
                    PLANNED.plusDays(1)));
        }
    }
}
