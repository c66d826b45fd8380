package vn.daihoi.results;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Congress cases in a given state and small files with real signatures, for the results and archive tests. */
public final class ResultsFixtures {

    private static final AtomicInteger TERMS = new AtomicInteger(3000 + (int) (System.nanoTime() % 1000) * 5);

    private ResultsFixtures() {}

    /** A case of {@code orgId} in {@code state}, closed on {@code closedOn}, in a term of its own. */
    public static long caseIn(JdbcClient jdbc, long orgId, String state, LocalDate closedOn) {
        int start = TERMS.getAndAdd(5);
        return jdbc.sql("""
                        insert into congress_case (org_id, term, level, state, window_from, window_to, opened_on,
                            closed_on, state_changed_at)
                        values (?, ?, 'GRASSROOTS_COMMITTEE', ?, ?, ?, ?, ?, now()) returning id""")
                .param(orgId)
                .param(start + "-" + (start + 5))
                .param(state)
                .param(closedOn.minusMonths(2))
                .param(closedOn.plusMonths(1))
                .param(closedOn.minusDays(1))
                .param(closedOn)
                .query(Long.class)
                .single();
    }

    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] png(int seed) {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, (byte) seed};
    }

    /** The minutes and the list of the elected: what every results report must carry. */
    public static ResultsRequests.Report report(LocalDate on, String marker) {
        return new ResultsRequests.Report(
                on,
                List.of(
                        new ResultsRequests.Upload(
                                ResultsFileKind.MINUTES, "Biên bản đại hội.pdf", pdf("bien ban " + marker)),
                        new ResultsRequests.Upload(
                                ResultsFileKind.ELECTED_LIST, "Danh sách trúng cử.png", png(marker.length())),
                        new ResultsRequests.Upload(
                                ResultsFileKind.COUNT_MINUTES, "Kiểm phiếu.pdf", pdf("kiem phieu " + marker))));
    }

    public static void signIn(UserDetailsService users, String username) {
        UserDetails u = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
    }
}
