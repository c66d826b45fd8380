package vn.daihoi.bench;

import java.io.File;
import java.net.CookieManager;
import java.net.URI;
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
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * (4) Progress of the congress season at national scale, over HTTP: {@code wrk} with 16 connections on
 * {@code GET /api/organizations/{id}/progress} (JSON, HTTP Basic) for the root, then for a random province
 * per request, then {@code GET /progress/{id}} (HTML, one signed-in session per connection) for the same,
 * each after a warm-up, while a writer changes 20 case states a second through SQL (each firing the
 * aggregate triggers and bumping the stamps, so the app re-reads what changed). Reference, timed in the same
 * run before the HTTP phases, with the writer running: the plain {@code count(*)} of the same cases through
 * the closure. Finally one state change is made and the next load must show it.
 *
 * <p>It starts the embedded PostgreSQL of {@code -Dbench.data}, launches the app jar against it as an
 * external database ({@code DAIHOI_DB_URL}), measures, and stops both. {@code wrk} must be on the path
 * ({@code apt-get install wrk}): a load generator in this JVM took as much CPU as the app on 2 cores. The
 * benchmark account's password is stored as bcrypt with cost 4 (see 1b).
 *
 * <pre>
 * java -cp "$CP" -Dbench.data=/work/progress-bench-data vn.daihoi.bench.ProgressHttpBenchmark target/daihoi.jar 18799 [seconds, 60]
 * </pre>
 */
public final class ProgressHttpBenchmark {

    static final int CONNECTIONS = 16;
    static final int WRITES_PER_SECOND = 20;
    static final String PASSWORD = "Bench2026pass";

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
        // One signed-in browser per connection for the HTML phases: sixteen requests in one session would
        // queue on the update of that session's row (Spring Session JDBC), which no real user load does.
        List<String> sessions = new ArrayList<>();
        for (int w = 0; w < CONNECTIONS; w++) {
            CookieManager cookies = new CookieManager();
            HttpClient browser = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            NodePageHttpBenchmark.login(browser, base, PASSWORD);
            get(browser, base + "/progress/" + root, null); // the session's CSRF token is stored once
            sessions.add(cookies.getCookieStore().getCookies().stream()
                    .filter(k -> k.getName().equals("SESSION"))
                    .findFirst()
                    .orElseThrow()
                    .getValue());
        }
        // The API goes through a client without cookies, as a script would.
        HttpClient script = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(2))
                .build();
        String basic =
                "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        Samples countRoot = new Samples("select count(*) of the root's cases via org_closure (reference)");
        Samples countProvince = new Samples("select count(*) of a province's cases via org_closure (reference)");
        Samples aggRoot = new Samples("the root's aggregate rows folded for the day (a re-read after a change), SQL");
        Samples aggProvince = new Samples("a province's aggregate rows folded for the day, SQL");

        CountDownLatch stop = new CountDownLatch(1);
        AtomicLong writes = new AtomicLong();
        long started = System.nanoTime();
        Thread writer = Thread.ofPlatform().start(() -> write(db, cases, stop, writes));
        // The reference first, with the writer running but no HTTP load: timed back to back under wrk, the
        // root's count (about 0.4 s of a core) took a fifth of this 2-core machine from what it is compared to.
        reference(db, root, provinces, Math.max(20, seconds / 2), countRoot, countProvince, aggRoot, aggProvince);
        List<String> rows = new ArrayList<>();
        List<String> all = provinces.stream().map(String::valueOf).toList();
        String rootOnly = String.valueOf(root);
        for (Phase phase : List.of(
                new Phase("GET /api/organizations/{root}/progress JSON, Basic", "/api/organizations/", rootOnly, true),
                new Phase("GET /api/organizations/{province}/progress JSON, Basic", "/api/organizations/", null, true),
                new Phase("GET /progress/{root} HTML, session", "/progress/", rootOnly, false),
                new Phase("GET /progress/{province} HTML, session", "/progress/", null, false))) {
            List<String> ids = phase.id() == null ? all : List.of(phase.id());
            String suffix = phase.api() ? "/progress" : "";
            File lua =
                    luaScript(phase.prefix(), suffix, ids, phase.api() ? basic : null, phase.api() ? null : sessions);
            wrk(base, lua, Math.max(5, seconds / 5), phase.api()); // warm-up, not kept
            WrkResult r = wrk(base, lua, seconds, phase.api());
            rows.add(phase.name() + "\t" + r.requests() + "\t" + r.p50() + "\t" + r.p95() + "\t" + r.p99() + "\t"
                    + r.failed());
        }
        stop.countDown();
        writer.join();
        long measuredWrites = writes.get();
        System.out.printf(
                "writes during the run: %d, %.1f/s%n",
                measuredWrites, measuredWrites / ((System.nanoTime() - started) / 1e9));
        System.out.println(Samples.header());
        System.out.println(countRoot.row(null));
        System.out.println(aggRoot.row(countRoot));
        System.out.println(countProvince.row(null));
        System.out.println(aggProvince.row(countProvince));
        System.out.println();
        System.out.println("| wrk, 16 connections | requests | median ms | p95 ms | p99 ms | failed |"
                + " ratio to its reference (median / p95) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---|");
        for (String row : rows) {
            String[] f = row.split("\t");
            Samples ref = f[0].contains("{root}") ? countRoot : countProvince;
            double p50 = Double.parseDouble(f[2]);
            double p95 = Double.parseDouble(f[3]);
            System.out.println(String.format(
                    java.util.Locale.ROOT,
                    "| %s | %s | %.2f | %.2f | %.2f | %s | %.2f× / %.2f× |",
                    f[0],
                    f[1],
                    p50,
                    p95,
                    Double.parseDouble(f[4]),
                    f[5],
                    p50 / ref.medianMs(),
                    p95 / ref.p95Ms()));
        }
        freshness(c, script, base, basic, provinces.getFirst());
    }

    private record Phase(String name, String prefix, String id, boolean api) {}

    private record WrkResult(long requests, String p50, String p95, String p99, long failed) {}

    /**
     * The wrk script: a random id of {@code ids} per request, Basic or one session cookie per thread (one
     * connection each), and the percentiles printed at the end (wrk's own summary has no p95).
     */
    private static File luaScript(String prefix, String suffix, List<String> ids, String basic, List<String> sessions)
            throws Exception {
        StringBuilder lua = new StringBuilder();
        lua.append("local ids = {").append(String.join(",", ids)).append("}\n");
        lua.append("local sessions = {");
        if (sessions != null) {
            for (String session : sessions) {
                lua.append('"').append(session).append("\",");
            }
        }
        lua.append("}\n");
        lua.append("local created = 0\n");
        lua.append("function setup(thread) created = created + 1; thread:set(\"n\", created) end\n");
        lua.append("local headers = {}\n");
        lua.append("function init(args)\n");
        lua.append("  math.randomseed(n * 7919)\n");
        if (basic != null) {
            lua.append("  headers[\"Authorization\"] = \"").append(basic).append("\"\n");
        } else {
            lua.append("  headers[\"Cookie\"] = \"SESSION=\" .. sessions[(n - 1) % #sessions + 1]\n");
        }
        lua.append("end\n");
        lua.append("function request()\n");
        lua.append("  return wrk.format(\"GET\", \"")
                .append(prefix)
                .append("\" .. ids[math.random(#ids)] .. \"")
                .append(suffix)
                .append("\", headers)\n");
        lua.append("end\n");
        lua.append("function done(summary, latency, requests)\n");
        lua.append("  local e = summary.errors\n");
        lua.append("  io.write(string.format(\"RESULT %d %.3f %.3f %.3f %d\\n\", summary.requests,"
                + " latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,"
                + " e.status + e.connect + e.read + e.write + e.timeout))\n");
        lua.append("end\n");
        File file = File.createTempFile("progress-bench", ".lua");
        file.deleteOnExit();
        java.nio.file.Files.writeString(file.toPath(), lua);
        return file;
    }

    /** Runs wrk with 16 connections (2 threads for the API; one thread per session for pages). */
    private static WrkResult wrk(String base, File lua, int seconds, boolean api) throws Exception {
        Process p = new ProcessBuilder(
                        "wrk",
                        "-t" + (api ? 2 : CONNECTIONS),
                        "-c" + CONNECTIONS,
                        "-d" + seconds + "s",
                        "--timeout",
                        "10s",
                        "-s",
                        lua.getAbsolutePath(),
                        base)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = Pattern.compile("RESULT (\\d+) ([\\d.]+) ([\\d.]+) ([\\d.]+) (\\d+)")
                .matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk printed no result:\n" + out);
        }
        return new WrkResult(
                Long.parseLong(m.group(1)), m.group(2), m.group(3), m.group(4), Long.parseLong(m.group(5)));
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

    /**
     * The reference count and the report's own SQL (what a re-read after a change costs), alternately for the
     * root and a random province, for {@code seconds}.
     */
    private static void reference(
            BenchDatabase db,
            long root,
            List<Long> provinces,
            int seconds,
            Samples countRoot,
            Samples countProvince,
            Samples aggRoot,
            Samples aggProvince) {
        SplittableRandom rng = new SplittableRandom(11);
        try (Connection r = db.connect();
                PreparedStatement count = r.prepareStatement("select count(*) from org_closure cl join congress_case c"
                        + " on c.org_id = cl.descendant_id where cl.ancestor_id = ? and c.term = '2025-2030'");
                PreparedStatement levels = r.prepareStatement("select level, state, sum(n),"
                        + " coalesce(sum(n) filter (where due_on < current_date), 0),"
                        + " coalesce(sum(n) filter (where due_on >= current_date and due_on <= current_date + 14), 0)"
                        + " from congress_progress where ancestor_id = ? and term = '2025-2030' group by 1, 2");
                PreparedStatement followers = r.prepareStatement("select follower_user_id, sum(n),"
                        + " coalesce(sum(n) filter (where due_on < current_date), 0)"
                        + " from congress_follow where ancestor_id = ? and term = '2025-2030' group by 1")) {
            long until = System.nanoTime() + seconds * 1_000_000_000L;
            int i = 0;
            while (System.nanoTime() < until) {
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
                (atRoot ? countRoot : countProvince).add(t1 - t0);
                (atRoot ? aggRoot : aggProvince).add(t2 - t1);
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
