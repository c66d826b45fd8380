package vn.daihoi.bench;

import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * (4) Progress of the congress season at national scale, over HTTP under 16 concurrent connections while
 * a writer changes 20 case states a second through SQL: {@code GET /api/organizations/{id}/progress}
 * (JSON, HTTP Basic) and {@code GET /progress/{id}} (HTML, session cookie) for the root and random
 * provinces. Reference, timed in the same run and under the same load: the plain {@code count(*)} of the
 * same cases through the closure. Finally one state change is made and the next load must show it.
 *
 * <p>It starts the embedded PostgreSQL of {@code -Dbench.data}, launches the app jar against it as an
 * external database ({@code DAIHOI_DB_URL}), measures, and stops both. The benchmark account's password
 * is stored as bcrypt with cost 4: Basic auth re-hashes on every request, and the cost-10 hash of a real
 * account (about 80 ms here) would hide what is measured (see 1b).
 *
 * <pre>
 * java -cp "$CP" -Dbench.data=/work/progress-bench-data vn.daihoi.bench.ProgressHttpBenchmark target/daihoi.jar 18799 [seconds, 60]
 * </pre>
 */
public final class ProgressHttpBenchmark {

    static final int CONNECTIONS = 16;
    static final int WRITES_PER_SECOND = 20;
    static final String PASSWORD = "Bench2026pass";

    /** {@code -Dbench.mix=api}: every worker calls the JSON API (as wrk on one URL would), no HTML pages. */
    static final boolean API_ONLY = "api".equals(System.getProperty("bench.mix"));

    /**
     * Pause of the reference thread between two samples: the plain count over the closure costs ~0.4 s of a
     * core at the root, and timed back to back it would take half of this 2-core machine from the load it is
     * the reference for.
     */
    static final long REFERENCE_PAUSE_MS = Long.getLong("bench.referencePauseMs", 1000);

    static final String[] STATES = {"PREPARING", "DOSSIER_SUBMITTED", "APPROVED", "IN_SESSION", "CLOSED", "CONFIRMED"};

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("JAR PORT [seconds]");
            return;
        }
        String jar = args[0];
        int port = Integer.parseInt(args[1]);
        int seconds = Math.min(600, args.length > 2 ? Integer.parseInt(args[2]) : 60);
        try (BenchDatabase db = BenchDatabase.open();
                Connection c = db.connect()) {
            long root = single(c, "select id from org_unit where code = 'TW'");
            List<Long> provinces = list(c, "select id from org_unit where code ~ '^QG[0-9]{2}$' order by code");
            List<Long> cases = list(c, "select id from congress_case where term = '2025-2030' order by id");
            try (PreparedStatement s = c.prepareStatement("update app_user set password_hash = ?,"
                    + " must_change_password = false, failed_attempts = 0, locked_until = null, enabled = true"
                    + " where username = 'admin'")) {
                s.setString(1, "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD));
                s.executeUpdate();
            }
            System.out.printf(
                    "%d cases (2025-2030), %d provinces; %d connections, %d writes/s, %d s%n",
                    cases.size(), provinces.size(), CONNECTIONS, WRITES_PER_SECOND, seconds);
            Process app = startApp(jar, port, db.url(), db.user(), db.password());
            try {
                waitForHealth(port);
                measure(c, db, port, root, provinces, cases, seconds);
            } finally {
                app.destroy();
                app.waitFor();
            }
        }
        // The HTTP clients' executors are not daemon threads: end the JVM once the database is stopped.
        System.exit(0);
    }

    private static void measure(
            Connection c, BenchDatabase db, int port, long root, List<Long> provinces, List<Long> cases, int seconds)
            throws Exception {
        String base = "http://127.0.0.1:" + port;
        // One signed-in browser per connection: sixteen requests in one session would queue on the update
        // of that session's row (Spring Session JDBC), which no real user load does.
        List<HttpClient> browsers = new ArrayList<>();
        for (int w = 0; w < CONNECTIONS; w++) {
            HttpClient browser = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            login(browser, base);
            get(browser, base + "/progress/" + root, null); // the session's CSRF token is stored once
            browsers.add(browser);
        }
        // The API goes through a client without cookies, as a script would: with the page session's cookie on
        // the stateless API chain, later page requests were sent to the login page.
        HttpClient script = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4))
                .build();
        String basic =
                "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        Samples apiRoot = new Samples("GET /api/organizations/{root}/progress JSON, Basic");
        Samples apiProvince = new Samples("GET /api/organizations/{province}/progress JSON, Basic");
        Samples pageRoot = new Samples("GET /progress/{root} HTML, session");
        Samples pageProvince = new Samples("GET /progress/{province} HTML, session");
        Samples countRoot = new Samples("select count(*) of the root's cases via org_closure (reference)");
        Samples countProvince = new Samples("select count(*) of a province's cases via org_closure (reference)");
        Samples aggRoot = new Samples("the report's SQL on congress_progress + congress_follow, root");
        Samples aggProvince = new Samples("the report's SQL on congress_progress + congress_follow, province");

        for (int round = 0; round < 2; round++) { // round 0 (a fifth of the time) warms the JIT and caches
            boolean keep = round == 1;
            long until = System.nanoTime()
                    + Duration.ofSeconds(keep ? seconds : Math.max(5, seconds / 5))
                            .toNanos();
            // Counted down when the round ends: the writer and the reference thread wait on it between samples.
            CountDownLatch stop = new CountDownLatch(1);
            AtomicLong writes = new AtomicLong();
            Thread writer = Thread.ofPlatform().start(() -> write(db, cases, stop, writes));
            Thread reference = Thread.ofPlatform()
                    .start(() ->
                            reference(db, root, provinces, stop, keep, countRoot, countProvince, aggRoot, aggProvince));
            ExecutorService workers = Executors.newFixedThreadPool(CONNECTIONS);
            Map<String, AtomicLong> errors = new java.util.concurrent.ConcurrentSkipListMap<>();
            for (int w = 0; w < CONNECTIONS; w++) {
                int worker = w;
                workers.submit(() -> {
                    SplittableRandom rng = new SplittableRandom(worker);
                    int i = worker;
                    while (System.nanoTime() < until) {
                        // each worker cycles through the four operations: API root, API province, page root, page
                        // province
                        boolean api = API_ONLY || i % 4 < 2;
                        boolean atRoot = i % 2 == 0;
                        long id = atRoot ? root : provinces.get(rng.nextInt(provinces.size()));
                        Samples into = api ? (atRoot ? apiRoot : apiProvince) : (atRoot ? pageRoot : pageProvince);
                        long t = get(
                                api ? script : browsers.get(worker),
                                base + (api ? "/api/organizations/" + id + "/progress" : "/progress/" + id),
                                api ? basic : null);
                        if (t < 0) {
                            errors.computeIfAbsent((api ? "api " : "page ") + (-t), k -> new AtomicLong())
                                    .incrementAndGet();
                        } else if (keep) {
                            synchronized (into) {
                                into.add(t);
                            }
                        }
                        i++;
                    }
                    return null;
                });
            }
            workers.shutdown();
            workers.awaitTermination(seconds + 120L, java.util.concurrent.TimeUnit.SECONDS);
            stop.countDown();
            writer.join();
            reference.join();
            if (keep) {
                System.out.printf(
                        "writes during the measured round: %d (%.1f/s), failed requests by kind and status: %s%n",
                        writes.get(), writes.get() / (double) seconds, errors);
            }
        }
        System.out.println(Samples.header());
        for (Samples sm :
                List.of(countRoot, aggRoot, apiRoot, pageRoot, countProvince, aggProvince, apiProvince, pageProvince)) {
            if (sm.size() == 0) {
                sm.add(0); // shows as 0 ms with 1 sample: see the failures above
            }
        }
        System.out.println(countRoot.row(null));
        System.out.println(aggRoot.row(countRoot));
        System.out.println(apiRoot.row(countRoot));
        System.out.println(pageRoot.row(countRoot));
        System.out.println(countProvince.row(null));
        System.out.println(aggProvince.row(countProvince));
        System.out.println(apiProvince.row(countProvince));
        System.out.println(pageProvince.row(countProvince));
        freshness(c, script, base, basic, provinces.getFirst());
    }

    /** A state change shows on the very next load: one open case of a province is closed, then read. */
    private static void freshness(Connection c, HttpClient http, String base, String basic, long province)
            throws Exception {
        String url = base + "/api/organizations/" + province + "/progress";
        long before = held(body(http, url, basic));
        long caseId = single(
                c,
                "select c.id from congress_case c join org_closure cl on cl.descendant_id = c.org_id"
                        + " where cl.ancestor_id = " + province + " and c.term = '2025-2030' and c.state = 'PREPARING'"
                        + " order by c.id limit 1");
        try (PreparedStatement s = c.prepareStatement("update congress_case set state = 'CLOSED' where id = ?")) {
            s.setLong(1, caseId);
            s.executeUpdate();
        }
        long after = held(body(http, url, basic));
        System.out.printf(
                "state change visible on the next load: held %d → %d (%s)%n",
                before, after, after == before + 1 ? "yes" : "NO");
    }

    private static long held(String json) {
        Matcher m = Pattern.compile("\"held\":(\\d+)").matcher(json);
        long sum = 0;
        while (m.find()) {
            sum += Long.parseLong(m.group(1));
        }
        return sum;
    }

    /** About {@code WRITES_PER_SECOND} single-row state changes a second, each its own transaction. */
    private static void write(BenchDatabase db, List<Long> cases, CountDownLatch stop, AtomicLong writes) {
        SplittableRandom rng = new SplittableRandom(7);
        try (Connection w = db.connect();
                PreparedStatement s = w.prepareStatement("update congress_case set state = ?,"
                        + " due_on = current_date + ?, state_changed_at = now() where id = ?")) {
            long next = System.nanoTime();
            while (stop.getCount() > 0) {
                s.setString(1, STATES[rng.nextInt(STATES.length)]);
                s.setInt(2, rng.nextInt(90) - 30);
                s.setLong(3, cases.get(rng.nextInt(cases.size())));
                s.executeUpdate();
                writes.incrementAndGet();
                next += 1_000_000_000L / WRITES_PER_SECOND;
                long wait = next - System.nanoTime();
                if (wait > 0 && stop.await(wait, TimeUnit.NANOSECONDS)) {
                    break;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reference count and the report's own SQL, alternately for the root and a province. */
    private static void reference(
            BenchDatabase db,
            long root,
            List<Long> provinces,
            CountDownLatch stop,
            boolean keep,
            Samples countRoot,
            Samples countProvince,
            Samples aggRoot,
            Samples aggProvince) {
        SplittableRandom rng = new SplittableRandom(11);
        try (Connection r = db.connect();
                PreparedStatement count = r.prepareStatement("select count(*) from org_closure cl join congress_case c"
                        + " on c.org_id = cl.descendant_id where cl.ancestor_id = ? and c.term = '2025-2030'");
                PreparedStatement levels = r.prepareStatement("select level, state, due_on, n from congress_progress"
                        + " where ancestor_id = ? and term = '2025-2030'");
                PreparedStatement followers = r.prepareStatement("select f.follower_user_id, u.full_name,"
                        + " sum(f.n), coalesce(sum(f.n) filter (where f.due_on < current_date), 0)"
                        + " from congress_follow f join app_user u on u.id = f.follower_user_id"
                        + " where f.ancestor_id = ? and f.term = '2025-2030' group by 1, 2")) {
            int i = 0;
            while (stop.getCount() > 0) {
                boolean atRoot = i++ % 2 == 0;
                long id = atRoot ? root : provinces.get(rng.nextInt(provinces.size()));
                long t0 = System.nanoTime();
                count.setLong(1, id);
                drain(count);
                long t1 = System.nanoTime();
                levels.setLong(1, id);
                drain(levels);
                followers.setLong(1, id);
                drain(followers);
                long t2 = System.nanoTime();
                if (keep) {
                    (atRoot ? countRoot : countProvince).add(t1 - t0);
                    (atRoot ? aggRoot : aggProvince).add(t2 - t1);
                }
                if (stop.await(REFERENCE_PAUSE_MS, TimeUnit.MILLISECONDS)) {
                    break;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void drain(PreparedStatement s) throws Exception {
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }

    private static Process startApp(String jar, int port, String url, String user, String password) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-jar",
                        jar,
                        "run",
                        "--port",
                        Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(new File("target/progress-bench-app.log"));
        Map<String, String> env = pb.environment();
        env.put("DAIHOI_DB_URL", url);
        env.put("DAIHOI_DB_USER", user == null ? "" : user);
        env.put("DAIHOI_DB_PASSWORD", password == null ? "" : password);
        return pb.start();
    }

    private static void waitForHealth(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < until) {
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // the app is still starting
            }
            java.util.concurrent.locks.LockSupport.parkNanos(
                    Duration.ofSeconds(1).toNanos());
        }
        throw new IllegalStateException("the app did not start: see target/progress-bench-app.log");
    }

    private static long get(HttpClient http, String url, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            long t = System.nanoTime() - t0;
            return r.statusCode() == 200 ? t : -r.statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String body(HttpClient http, String url, String authorization) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", authorization)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " → HTTP " + r.statusCode());
        }
        return r.body();
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private static void login(HttpClient http, String base) throws Exception {
        String page = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on /login");
        }
        String form = "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 302
                || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed: " + r.statusCode());
        }
    }

    private static long single(Connection c, String sql) throws Exception {
        try (var s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> list(Connection c, String sql) throws Exception {
        List<Long> out = new ArrayList<>();
        try (var s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
