package vn.daihoi.keying;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.access.Role;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.elections.Elections;
import vn.daihoi.elections.NewElection;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;

/** A congress in session with a roll (all present) and an election opened on it, for the keying tests. */
public final class KeyingFixtures {

    private KeyingFixtures() {}

    /** A case of {@code orgId} with {@code summoned} members on the roll, all checked in (D = summoned). */
    public static long caseWithRoll(JdbcClient jdbc, long orgId, int summoned) {
        long caseId = ResultsFixtures.caseIn(jdbc, orgId, "IN_SESSION", LocalDate.of(2026, 11, 20));
        for (int i = 1; i <= summoned; i++) {
            long id = jdbc.sql("""
                            insert into roll_entry (case_id, number, full_name, kind, badge_token, created_at)
                            values (?, ?, ?, 'MEMBER', ?, now()) returning id""")
                    .params(caseId, i, "Đảng viên " + i, UUID.randomUUID().toString())
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into roll_checkin (roll_entry_id, checked_at, username) values (?, now(), 'admin')")
                    .param(id)
                    .update();
        }
        return caseId;
    }

    /** Names that sort in the order given: given names A…, one syllable each after "Nguyễn Văn". */
    public static List<NewElection.ListedName> names(int count) {
        List<NewElection.ListedName> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new NewElection.ListedName(null, "Nguyễn Văn " + given(i), null));
        }
        return out;
    }

    static String given(int i) {
        String letters = "abcdeghiklmnopqrstuvxy";
        StringBuilder s = new StringBuilder();
        int n = i;
        do {
            s.append(letters.charAt(n % letters.length()));
            n /= letters.length();
        } while (n > 0);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * One new account per team with {@code role} on {@code orgId}, each put on its team of the round by the signed-in
     * counting committee member; returns the accounts, team 1 first.
     */
    public static List<String> staffTeams(
            Fixtures fixtures, KeyingTeams teams, long roundId, long orgId, int count, Role role) {
        List<String> out = new ArrayList<>();
        for (int team = 1; team <= count; team++) {
            String username = fixtures.username(fixtures.userWithRole(role, orgId));
            teams.assign(roundId, team, username);
            out.add(username);
        }
        return out;
    }

    public static long strikeOutRound(Elections elections, long caseId, int seats, int names) {
        return elections.open(
                caseId,
                new NewElection(
                        "Bầu Ban Chấp hành khóa mới "
                                + UUID.randomUUID().toString().substring(0, 6),
                        Body.EXECUTIVE_COMMITTEE,
                        seats,
                        BallotForm.STRIKE_OUT,
                        names(names)));
    }
}
