package vn.daihoi.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.org.MemberImport;
import vn.daihoi.org.MemberSituation;
import vn.daihoi.org.MemberStatus;
import vn.daihoi.org.Members;
import vn.daihoi.org.Sex;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * Taking bodies and candidates off a proposal: a body that still lists candidates is refused with their
 * number; candidates come off through the API, then the body, each audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonnelRemovalTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PersonnelProposals proposals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    Province province;
    long caseId;
    long candidate;

    @BeforeAll
    void data() {
        province = new Fixtures(context).province("prm");
        caseId = ResultsFixtures.caseIn(jdbc, province.communeId(), "PREPARING", LocalDate.of(2025, 6, 1));
        ResultsFixtures.signIn(users, "admin");
        long serial = System.nanoTime() % 1_000_000_000L;
        context.getBean(MemberImport.class)
                .load(List.of(new Members.MemberData(
                        "Vũ",
                        "Thị",
                        "Lan",
                        null,
                        Sex.FEMALE,
                        LocalDate.of(1980, 2, 2),
                        "Kinh",
                        "Không",
                        String.format("079%09d", serial),
                        null,
                        "RM" + serial,
                        LocalDate.of(2010, 3, 2),
                        LocalDate.of(2011, 3, 2),
                        MemberStatus.OFFICIAL,
                        MemberSituation.ACTIVE,
                        province.cellId())));
        long member = jdbc.sql("select id from member where party_card_no = ?")
                .param("RM" + serial)
                .query(Long.class)
                .single();
        proposals.setBody(
                caseId, new PersonnelRequests.SetBody(PersonnelBody.STANDING_COMMITTEE, 3, Map.of("Khối Đảng", 1)));
        candidate = proposals.addCandidate(
                caseId,
                new PersonnelRequests.AddCandidate(PersonnelBody.STANDING_COMMITTEE, member, true, false, null, null));
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    int count(String sql) {
        return jdbc.sql(sql).param(caseId).query(Integer.class).single();
    }

    @Test
    void aBodyWithCandidatesIsRefusedThenCandidateAndBodyComeOffAudited() {
        String body = "/api/congresses/" + caseId + "/personnel/bodies/STANDING_COMMITTEE";
        var refused = TestAdmin.basic(port, "DELETE", body);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Ban thường vụ còn 1 ứng viên");
        assertThat(count("select count(*) from personnel_body where case_id = ?"))
                .isEqualTo(1);

        var off = TestAdmin.basic(port, "DELETE", "/api/congresses/" + caseId + "/personnel/candidates/" + candidate);
        assertThat(off.statusCode()).isEqualTo(200);
        assertThat(count("select count(*) from personnel_candidate where case_id = ?"))
                .isZero();

        WebSession s = TestAdmin.session(port);
        var removed =
                s.post("/congresses/" + caseId + "/personnel/bodies/remove", Map.of("body", "STANDING_COMMITTEE"));
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(s.get("/congresses/" + caseId + "/personnel").body()).contains("Đã bỏ cơ quan khỏi đề án.");
        assertThat(count("select count(*) from personnel_body where case_id = ?"))
                .isZero();
        assertThat(count("""
                        select count(*) from audit_entry where action = 'PERSONNEL_BODY_REMOVE' and org_id = (
                            select org_id from congress_case where id = ?)""")).isEqualTo(1);

        var gone = TestAdmin.basic(port, "DELETE", body);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("Đề án chưa có Ban thường vụ.");
    }
}
