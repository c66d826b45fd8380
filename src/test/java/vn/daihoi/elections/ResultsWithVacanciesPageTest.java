package vn.daihoi.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.counting.ElectionRecord;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * A round released with a vacancy (3 seats, one name below half of D, another far below): the elections page,
 * the hall screen, its JSON and the results page show every name in ballot order with its votes and
 * percentage, and mark the two elected.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResultsWithVacanciesPageTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Elections elections;

    @Autowired
    ElectionRounds rounds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyNameWithVotesAndPercentageAndTheElectedMarkedAfterAReleaseWithVacancies() {
        Fixtures.Province p = new Fixtures(context).province("vac");
        long caseId = CongressDay.caseWithRoll(jdbc, p.cellId(), 10, 0, 10);
        ResultsFixtures.signIn(users, "admin");
        long round = elections.open(
                caseId,
                new NewElection(
                        "Bầu Chi ủy",
                        Body.EXECUTIVE_COMMITTEE,
                        3,
                        BallotForm.STRIKE_OUT,
                        CongressDay.names("Trần Văn Bình", "Nguyễn Thị An", "Lê Văn Cường", "Phạm Thị Dung")));
        long electionId = rounds.sheet(round).electionId();
        rounds.recordCounts(round, 10, 10);
        // D = 10: An 8 and Bình 7 pass half, Cường 4 and Dung 3 do not: one seat left
        rounds.release(
                round,
                new EnteredCount.Totals(new ElectionRecord.Tally(
                        10, Map.of(), Map.of("c01", 8, "c02", 7, "c03", 4, "c04", 3), Map.of())));
        SecurityContextHolder.clearContext();
        assertThat(jdbc.sql("select (result_json->>'vacancies')::int from election_round where id = ?")
                        .param(round)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        WebSession web = TestAdmin.session(port);
        String electionsPage = web.get("/congresses/" + caseId + "/elections").body();
        String hall = web.get("/congresses/" + caseId + "/hall").body();
        String results = web.get("/congresses/" + caseId + "/results").body();
        for (String page : List.of(electionsPage, hall, results)) {
            // ballot order (An, Bình, Cường, Dung), each with votes and % of D
            assertThat(page)
                    .containsPattern(row("Nguyễn Thị An", 8, "80,00%", true))
                    .containsPattern(row("Trần Văn Bình", 7, "70,00%", true))
                    .containsPattern(row("Lê Văn Cường", 4, "40,00%", false))
                    .containsPattern(row("Phạm Thị Dung", 3, "30,00%", false))
                    .containsSubsequence("Nguyễn Thị An", "Trần Văn Bình", "Lê Văn Cường", "Phạm Thị Dung");
        }
        assertThat(hall).containsPattern("class=\"[^\"]*hall-elected[^\"]*\"[^>]*>\\s*<td>Nguyễn Thị An");
        assertThat(results).contains("results-elected");

        String json = TestAdmin.basic(port, "GET", "/api/congresses/" + caseId + "/elections")
                .body();
        assertThat(json)
                .contains("\"name\":\"Lê Văn Cường\",\"votes\":4,\"percentOfBase\":\"40.00\",\"elected\":false")
                .contains("\"name\":\"Nguyễn Thị An\",\"votes\":8,\"percentOfBase\":\"80.00\",\"elected\":true")
                .contains("\"vacancies\":1");
        assertThat(electionId).isPositive();
    }

    /** A table row: the name, its votes, its percentage and the elected mark (or none) in that order. */
    private static Pattern row(String name, int votes, String percent, boolean elected) {
        String mark = elected ? "(✓ )?Trúng cử" : "";
        return Pattern.compile(">" + Pattern.quote(name) + "</td>\\s*<td[^>]*>" + votes + "</td>\\s*<td[^>]*>"
                + Pattern.quote(percent) + "</td>\\s*<td[^>]*>" + mark + "</td>");
    }
}
