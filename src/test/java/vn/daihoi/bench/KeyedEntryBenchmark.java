package vn.daihoi.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.DaihoiApplication;
import vn.daihoi.access.Role;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.Elections;
import vn.daihoi.elections.NewElection;
import vn.daihoi.keying.KeyingTeams;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.WebSession;

/**
 * (8) Keyed counting at congress scale: 1,600 ballots on a 200-name strike-out list (100 seats), keyed by three
 * teams at once over HTTP the way the entry page posts them (one signed-in session per team, one ballot after
 * the other, form fields with the client id). Measured: each ballot's round trip, and the time from sending the
 * last ballot of the last team to its answer, which comes after the comparison of the three counts and the
 * release through the counting engine. Reference, same sessions and concurrency, in the same run: a GET of the
 * entry page's script (the HTTP stack without the database). Also timed: the entry log printed as PDF.
 *
 * <p>Starts the app itself on an ephemeral embedded PostgreSQL. Run: see docs/benchmarks.md.
 */
public final class KeyedEntryBenchmark {

    static final int BALLOTS = 1_600;
    static final int NAMES = 200;
    static final int SEATS = 100;
    static final int TEAMS = 3;

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DaihoiApplication.class)
                .run(
                        "--server.port=0",
                        "--daihoi.db.embedded.ephemeral=true",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN")) {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Fixtures fx = new Fixtures(app);
            Province p = fx.province("kbench");
            // one account per team: an account keys for its own team only (issue 13)
            List<String> clerks = new ArrayList<>();
            for (int t = 0; t < TEAMS; t++) {
                clerks.add(fx.username(fx.userWithRole(Role.CELL_SECRETARY, p.cellId())));
            }
            ResultsFixtures.signIn(app.getBean(UserDetailsService.class), "admin");
            long caseId = ResultsFixtures.caseIn(jdbc, p.cellId(), "IN_SESSION", java.time.LocalDate.of(2026, 11, 20));
            jdbc.sql("""
                            insert into roll_entry (case_id, number, full_name, kind, badge_token, created_at)
                            select ?, n, 'Đại biểu ' || n, 'ELECTED', md5(random()::text || n), now()
                            from generate_series(1, ?) n""").params(caseId, BALLOTS).update();
            jdbc.sql("""
                            insert into roll_checkin (roll_entry_id, checked_at, username)
                            select id, now(), 'bench' from roll_entry where case_id = ?""").param(caseId).update();
            List<NewElection.ListedName> names = new ArrayList<>();
            String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"};
            String[] given = {
                "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Khoa", "Lan", "Long", "Mai", "Minh",
                "Nam", "Nga", "Phong", "Quân", "Sơn", "Thảo", "Trung", "Tuấn", "Vân", "Xuân", "Yến", "Đức"
            };
            for (int i = 0; i < NAMES; i++) {
                names.add(new NewElection.ListedName(
                        null,
                        family[i % family.length] + " Văn " + given[i % given.length] + " " + (char) ('A' + i / 25),
                        null));
            }
            long roundId = app.getBean(Elections.class)
                    .open(
                            caseId,
                            new NewElection(
                                    "Bầu đoàn đại biểu dự Đại hội cấp trên",
                                    Body.DELEGATE,
                                    SEATS,
                                    BallotForm.STRIKE_OUT,
                                    names));
            app.getBean(ElectionRounds.class).recordCounts(roundId, BALLOTS, BALLOTS);
            for (int t = 0; t < TEAMS; t++) {
                app.getBean(KeyingTeams.class).assign(roundId, t + 1, clerks.get(t));
            }
            SecurityContextHolder.clearContext();

            // the pile: each ballot strikes 100 to 120 names (keeps at most the 100 seats), the same for all teams
            SplittableRandom random = new SplittableRandom(2026);
            List<String> pile = new ArrayList<>();
            for (int i = 0; i < BALLOTS; i++) {
                TreeSet<Integer> struck = new TreeSet<>();
                int count = NAMES - SEATS + random.nextInt(21);
                while (struck.size() < count) {
                    struck.add(1 + random.nextInt(NAMES));
                }
                pile.add(
                        i % 97 == 96
                                ? "/7"
                                : String.join(
                                        " ",
                                        struck.stream().map(String::valueOf).toList()));
            }
            List<WebSession> sessions = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            for (int t = 0; t < TEAMS; t++) {
                WebSession s = new WebSession(port);
                if (WebSession.location(s.login(clerks.get(t), Fixtures.PASSWORD))
                        .contains("error")) {
                    throw new IllegalStateException("sign-in failed");
                }
                check(s.get("/rounds/" + roundId + "/entry?team=" + (t + 1)));
                sessions.add(s);
                tokens.add(s.csrfToken());
            }

            Samples reference = new Samples("GET /js/keying-entry.js, same sessions, 3 at once (reference)");
            run(TEAMS, team -> {
                for (int i = 0; i < 600; i++) {
                    long a = System.nanoTime();
                    check(sessions.get(team).get("/js/keying-entry.js"));
                    if (i >= 100) {
                        synchronized (reference) {
                            reference.add(System.nanoTime() - a);
                        }
                    }
                }
            });

            Samples ballots = new Samples("POST /rounds/{id}/entry/ballots, one ballot of 200 names, 3 teams at once");
            AtomicLong lastSent = new AtomicLong();
            AtomicLong lastAnswered = new AtomicLong();
            Map<Integer, String> lastBody = new HashMap<>();
            long started = System.nanoTime();
            run(TEAMS, team -> {
                for (int i = 0; i < BALLOTS; i++) {
                    Map<String, String> form = new HashMap<>();
                    form.put("_csrf", tokens.get(team));
                    form.put("team", String.valueOf(team + 1));
                    form.put("clientId", UUID.randomUUID().toString());
                    form.put("input", pile.get(i));
                    long a = System.nanoTime();
                    if (i == BALLOTS - 1) {
                        lastSent.accumulateAndGet(a, Math::max);
                    }
                    HttpResponse<String> res =
                            sessions.get(team).postRaw("/rounds/" + roundId + "/entry/ballots", form);
                    long b = System.nanoTime();
                    check(res);
                    synchronized (ballots) {
                        ballots.add(b - a);
                    }
                    if (i == BALLOTS - 1) {
                        lastAnswered.accumulateAndGet(b, Math::max);
                        synchronized (lastBody) {
                            lastBody.put(team, res.body());
                        }
                    }
                }
            });
            double total = (System.nanoTime() - started) / 1e9;
            String state = jdbc.sql("select state from election_round where id = ?")
                    .param(roundId)
                    .query(String.class)
                    .single();
            long a = System.nanoTime();
            HttpResponse<String> pdf = sessions.getFirst().get("/rounds/" + roundId + "/log.pdf");
            double pdfMs = (System.nanoTime() - a) / 1e6;
            check(pdf);

            System.out.printf(
                    "%d ballots x %d teams keyed in %.1f s; round %s; last answers %s%n",
                    BALLOTS, TEAMS, total, state, lastBody.values());
            System.out.println(Samples.header());
            System.out.println(reference.row(null));
            System.out.println(ballots.row(reference));
            System.out.printf(
                    "ballot round trip p99: %.2f ms (reference p99 %.2f ms)%n",
                    ballots.percentile(99), reference.percentile(99));
            System.out.printf(
                    "last ballot of the last team sent -> answered with the result released: %.1f ms%n",
                    (lastAnswered.get() - lastSent.get()) / 1e6);
            System.out.printf("entry log PDF (%d bytes): %.1f ms%n", pdf.body().length(), pdfMs);
        }
        System.exit(0);
    }

    interface TeamWork {
        void run(int team) throws Exception;
    }

    private static void run(int teams, TeamWork work) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(teams);
        List<Throwable> failures = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            int team = t;
            Thread.ofPlatform().start(() -> {
                try {
                    work.run(team);
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.getFirst());
        }
    }

    private static void check(HttpResponse<String> res) {
        if (res.statusCode() != 200) {
            throw new IllegalStateException(res.statusCode() + " " + res.body());
        }
    }
}
