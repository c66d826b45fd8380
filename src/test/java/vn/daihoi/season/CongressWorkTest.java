package vn.daihoi.season;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.access.Role;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;

/**
 * The home page's "awaiting my appraisal" block finds a dossier by the unit's direct superior as every other
 * decision does: its explicit superior, else its parent.
 */
@SpringBootTest
class CongressWorkTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CongressWork work;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDossierAwaitsTheParentWhenTheUnitNamesNoSuperior() {
        Fixtures fixtures = new Fixtures(context);
        Province p = fixtures.province("tham-dinh");
        // the cell names no explicit superior: its parent, the commune, appraises
        jdbc.sql("update org_version set superior_id = null where org_id = ? and valid_to is null")
                .param(p.cellId())
                .update();
        long caseId = submitted(p.cellId());
        long communeApprover = fixtures.userWithRole(Role.ORGANIZATION_BOARD, p.communeId());

        signIn(fixtures.username(communeApprover));
        assertThat(work.awaitingAppraisal()).extracting(CongressCase::id).contains(caseId);

        // approving on the cell itself is not approving on its superior: not theirs to appraise
        signIn(fixtures.username(fixtures.userWithRole(Role.ORGANIZATION_BOARD, p.cellId())));
        assertThat(work.awaitingAppraisal()).extracting(CongressCase::id).doesNotContain(caseId);
    }

    @Test
    void anExplicitSuperiorOutranksTheParent() {
        Fixtures fixtures = new Fixtures(context);
        Province p = fixtures.province("cap-tren");
        // the cell reports to the province directly, past its parent commune
        jdbc.sql("update org_version set superior_id = ? where org_id = ? and valid_to is null")
                .params(p.orgId(), p.cellId())
                .update();
        long caseId = submitted(p.cellId());

        signIn(fixtures.username(fixtures.userWithRole(Role.ORGANIZATION_BOARD, p.communeId())));
        assertThat(work.awaitingAppraisal()).extracting(CongressCase::id).doesNotContain(caseId);

        signIn(fixtures.username(fixtures.userWithRole(Role.ORGANIZATION_BOARD, p.orgId())));
        assertThat(work.awaitingAppraisal()).extracting(CongressCase::id).contains(caseId);
    }

    private long submitted(long orgId) {
        return jdbc.sql("""
                        insert into congress_case (org_id, term, level, state, state_changed_at)
                        select ?, '2025-2030', v.level, 'DOSSIER_SUBMITTED', now()
                        from org_version v where v.org_id = ? and v.valid_to is null returning id""").params(orgId, orgId).query(Long.class).single();
    }

    private void signIn(String username) {
        UserDetails u = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
    }
}
