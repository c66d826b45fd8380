package vn.daihoi.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.access.Role;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;

/**
 * The standing-committee member the plan assigns to follow a unit appraises its dossier even without the
 * superior's CONGRESS_APPROVE; nobody else without it does, and the follower decides nothing beyond appraisal.
 */
@SpringBootTest
class FollowerAppraisalTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CongressCases cases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void signIn(String username) {
        UserDetails u = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
    }

    @Test
    void theFollowerAppraisesAndOnlyAppraises() {
        Fixtures fixtures = new Fixtures(context);
        Province p = fixtures.province("theo-doi");
        long follower = fixtures.userWithRole(Role.VIEWER, p.orgId());
        long other = fixtures.userWithRole(Role.VIEWER, p.orgId());
        long caseId = jdbc.sql("""
                        insert into congress_case (org_id, term, level, state, follower_user_id, state_changed_at)
                        select ?, '2025-2030', v.level, 'DOSSIER_SUBMITTED', ?, now()
                        from org_version v where v.org_id = ? and v.valid_to is null returning id""")
                .params(p.cellId(), follower, p.cellId())
                .query(Long.class)
                .single();

        signIn(fixtures.username(other));
        assertThatThrownBy(() ->
                        cases.move(caseId, new CongressMove(CongressState.UNDER_APPRAISAL, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);

        signIn(fixtures.username(follower));
        CongressCase c = cases.find(caseId).orElseThrow();
        assertThat(cases.stepsForCurrentUser(c))
                .extracting(CongressTransitions.Step::to)
                .contains(CongressState.UNDER_APPRAISAL);
        cases.move(caseId, new CongressMove(CongressState.UNDER_APPRAISAL, null, null, null, null));
        cases.move(caseId, new CongressMove(CongressState.RETURNED_FOR_REVISION, null, null, "Thiếu danh sách", null));
        assertThat(cases.find(caseId).orElseThrow().state()).isEqualTo(CongressState.RETURNED_FOR_REVISION);
        // resubmitting is the unit's step, not the follower's
        assertThatThrownBy(() ->
                        cases.move(caseId, new CongressMove(CongressState.DOSSIER_SUBMITTED, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);

        jdbc.sql("update congress_case set state = 'APPROVAL_MEETING' where id = ?")
                .param(caseId)
                .update();
        assertThatThrownBy(() -> cases.move(caseId, new CongressMove(CongressState.APPROVED, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cases.find(caseId).orElseThrow().state()).isEqualTo(CongressState.APPROVAL_MEETING);
    }
}
