package vn.daihoi.keying;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.access.Role;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.Elections;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.TestAdmin;

/**
 * Kill the app with SIGKILL in the middle of a burst of keyed ballots, then send every ballot again with the same
 * client ids to an app on the same PostgreSQL: no ballot is lost, none is counted twice, and the entry log's
 * chain verifies. The killed app runs as a separate JVM ({@code vn.daihoi.Main run}) from the test class path, on
 * this test's embedded PostgreSQL through {@code DAIHOI_DB_URL}; the app that takes the resent ballots is this
 * test's own server (the app is stateless: any node on the database is "the restarted app"), which saves starting
 * a second JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeyedEntryCrashTest {

    static final int BALLOTS = 40;
    static final int TEAMS = 2;

    @Value("${daihoi.chain-key}")
    String chainKey;

    @Autowired
    ApplicationContext context;

    @Autowired
    Elections elections;

    @Autowired
    ElectionRounds rounds;

    @Autowired
    BallotEntry entry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int self;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Process app;

    @Autowired
    KeyingTeams members;

    /** The account on each team, team 1 first. */
    List<String> clerks;

    @AfterEach
    void stopApp() throws InterruptedException {
        SecurityContextHolder.clearContext();
        if (app != null && app.isAlive()) {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void killedInTheMiddleOfABurstNoBallotIsLostOrCountedTwice() throws Exception {
        ResultsFixtures.signIn(users, "admin");
        Fixtures.Province province = new Fixtures(context).province("kc");
        long caseId = KeyingFixtures.caseWithRoll(jdbc, province.cellId(), BALLOTS);
        long roundId = KeyingFixtures.strikeOutRound(elections, caseId, 9, 11);
        rounds.recordCounts(roundId, BALLOTS, BALLOTS);
        entry.setTeams(roundId, TEAMS);
        // one account per team (issue 13), allowed to run the day so the agreeing counts release the round
        clerks = KeyingFixtures.staffTeams(
                new Fixtures(context), members, roundId, province.cellId(), TEAMS, Role.CELL_SECRETARY);
        SecurityContextHolder.clearContext();

        List<List<String[]>> piles = new ArrayList<>();
        for (int team = 1; team <= TEAMS; team++) {
            List<String[]> pile = new ArrayList<>();
            for (int i = 0; i < BALLOTS; i++) {
                String input = i % 13 == 12 ? "/7" : (i % 11 + 1) + " " + ((i + 3) % 11 + 1);
                pile.add(new String[] {
                    UUID.nameUUIDFromBytes((roundId + "-" + team + "-" + i).getBytes())
                            .toString(),
                    input
                });
            }
            piles.add(pile);
        }

        int port = freePort();
        app = start(port, "first");
        CountDownLatch halfway = new CountDownLatch(BALLOTS);
        AtomicInteger acked = new AtomicInteger();
        List<CompletableFuture<Void>> burst = new ArrayList<>();
        for (int team = 1; team <= TEAMS; team++) {
            int t = team;
            burst.add(CompletableFuture.runAsync(() -> {
                for (String[] ballot : piles.get(t - 1)) {
                    try {
                        if (post(port, roundId, t, ballot) != 200) {
                            return;
                        }
                    } catch (IOException | InterruptedException dead) {
                        return;
                    }
                    acked.incrementAndGet();
                    halfway.countDown();
                }
            }));
        }
        assertThat(halfway.await(60, TimeUnit.SECONDS)).isTrue();
        app.destroyForcibly();
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        // 128 + 9: the JVM died of SIGKILL, with no chance to finish or roll anything back itself
        assertThat(app.exitValue()).isEqualTo(137);
        CompletableFuture.allOf(burst.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertThat(acked.get()).isLessThan(TEAMS * BALLOTS);

        List<CompletableFuture<Void>> resend = new ArrayList<>();
        for (int team = 1; team <= TEAMS; team++) {
            int t = team;
            resend.add(CompletableFuture.runAsync(() -> {
                for (String[] ballot : piles.get(t - 1)) {
                    try {
                        assertThat(post(self, roundId, t, ballot)).isEqualTo(200);
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        CompletableFuture.allOf(resend.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        for (int team = 1; team <= TEAMS; team++) {
            List<String> stored =
                    jdbc.sql("""
                            select client_id::text from keyed_ballot
                            where round_id = ? and team = ? and not superseded order by pile_position""").params(roundId, team).query(String.class).list();
            assertThat(stored)
                    .containsExactlyElementsOf(
                            piles.get(team - 1).stream().map(b -> b[0]).toList());
        }
        assertThat(jdbc.sql("select count(*) from keyed_ballot where round_id = ?")
                        .param(roundId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(TEAMS * BALLOTS);
        assertThat(jdbc.sql("""
                        select count(*) from keying_log
                        where round_id = ? and action in ('BALLOT_KEYED', 'BALLOT_INVALID')""").param(roundId).query(Integer.class).single()).isEqualTo(TEAMS * BALLOTS);
        assertThat(get(self, "/api/rounds/" + roundId + "/log/verify")).contains("\"intact\":true");
        // both teams agree: the round was released (admin may run the day), from every ballot exactly once
        String result = jdbc.sql("select result_json::text from election_round where id = ?")
                .param(roundId)
                .query(String.class)
                .single();
        assertThat(result).contains("\"collected\": " + BALLOTS).contains("\"UNREADABLE\": 3");
    }

    private Process start(int port, String label) throws IOException, SQLException, InterruptedException {
        String url;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
        }
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path dir = Files.createDirectories(Path.of("target/tmp/keying-crash"));
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        java,
                        "-Xmx512m",
                        "-XX:TieredStopAtLevel=1",
                        // the test's own time budget: beans are made when first used, not all at start
                        "-Dspring.main.lazy-initialization=true",
                        "-Djava.io.tmpdir=" + dir.toAbsolutePath(),
                        "-cp",
                        classpath,
                        "vn.daihoi.Main",
                        "run",
                        "--port",
                        Integer.toString(port),
                        "--data",
                        dir.resolve("data").toString()))
                .redirectErrorStream(true);
        builder.environment().put("DAIHOI_DB_URL", url);
        builder.environment().put("DAIHOI_DB_USER", "postgres");
        builder.environment().put("DAIHOI_DB_PASSWORD", "");
        // two nodes of one database share the chain key (operations.md), or each rejects the other's entries
        builder.environment().put("DAIHOI_CHAIN_KEY", chainKey);
        Process process = builder.start();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter log = new PrintWriter(
                            Files.newBufferedWriter(dir.resolve(label + ".log"), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    log.println(line);
                    if (line.contains("Started ")) {
                        started.complete(null);
                    }
                }
            } catch (IOException e) {
                started.completeExceptionally(e);
            }
            started.completeExceptionally(new IllegalStateException("the app stopped before it started"));
        });
        reader.setDaemon(true);
        reader.start();
        try {
            started.get(150, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the app did not start: see " + dir.resolve(label + ".log"), e);
        }
        return process;
    }

    private int post(int port, long roundId, int team, String[] ballot) throws IOException, InterruptedException {
        String json = "{\"clientId\":\"" + ballot[0] + "\",\"input\":\"" + ballot[1] + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/rounds/" + roundId + "/teams/" + team + "/ballots"))
                .header("Authorization", basic(clerks.get(team - 1), Fixtures.PASSWORD))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String get(int port, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", TestAdmin.basicHeader())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
