package vn.daihoi.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.DaihoiApplication;
import vn.daihoi.access.Role;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;

/**
 * (issue 6, roll) Check-in at the door in a burst: 1,600 delegates' badge tokens posted to
 * {@code POST /api/congresses/{id}/checkins} by {@value #CLIENTS} concurrent clients over HTTP (HTTP Basic, as
 * the door's scanners would through the page), each latency recorded. Reference, in the same run with the same
 * clients: {@code GET /api/congresses/{id}} (the case as JSON: one small authenticated read). A warm-up congress
 * of 400 delegates is checked in first and not kept. Then every token is posted again: each must answer
 * ALREADY_CHECKED_IN and the number of check-ins must stay 1,600.
 *
 * <p>Starts the app itself on an ephemeral embedded PostgreSQL. Run: see docs/benchmarks.md. Arguments:
 * [clients, default 8].
 */
public final class CheckinBenchmark {

    static final int DELEGATES = 1_600;
    static final int CLIENTS = 8;

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : CLIENTS;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DaihoiApplication.class)
                .run(
                        "--server.port=0",
                        "--daihoi.db.embedded.ephemeral=true",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN")) {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Fixtures fx = new Fixtures(app);
            Province p = fx.province("checkin");
            String office = fx.username(fx.userWithRole(Role.CELL_SECRETARY, p.communeId()));
            String basic = "Basic "
                    + Base64.getEncoder()
                            .encodeToString((office + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
            String base = "http://127.0.0.1:" + port;

            long warm = congress(jdbc, p.communeId(), "2090-2095", 400);
            burst(clients, tokens(jdbc, warm), t -> checkIn(base, warm, t), basic, null);

            long id = congress(jdbc, p.communeId(), "2095-2100", DELEGATES);
            List<String> tokens = tokens(jdbc, id);
            Samples checkins = new Samples("POST /api/congresses/{id}/checkins, token (scanner), first scan");
            Samples reference = new Samples("GET /api/congresses/{id} (reference)");
            long t0 = System.nanoTime();
            burst(clients, tokens, t -> checkIn(base, id, t), basic, checkins);
            double seconds = (System.nanoTime() - t0) / 1e9;
            burst(
                    clients,
                    tokens,
                    t -> HttpRequest.newBuilder(URI.create(base + "/api/congresses/" + id))
                            .GET(),
                    basic,
                    reference);
            Samples repeats = new Samples("POST /api/congresses/{id}/checkins, the same tokens again (repeat scans)");
            AtomicInteger notRepeat = new AtomicInteger();
            burst(clients, tokens, t -> checkIn(base, id, t), basic, repeats, body -> {
                if (!body.contains("ALREADY_CHECKED_IN")) {
                    notRepeat.incrementAndGet();
                }
            });
            long rows = jdbc.sql("select count(*) from roll_checkin c join roll_entry e on e.id = c.roll_entry_id"
                            + " where e.case_id = ?")
                    .param(id)
                    .query(Long.class)
                    .single();
            System.out.printf(
                    Locale.ROOT,
                    "%d delegates, %d clients: burst of first scans in %.2f s (%.0f/s); check-ins stored %d;"
                            + " repeat scans not answered ALREADY_CHECKED_IN: %d%n",
                    DELEGATES,
                    clients,
                    seconds,
                    DELEGATES / seconds,
                    rows,
                    notRepeat.get());
            System.out.println(
                    "| measured | samples | median ms | p95 ms | p99 ms | ratio to reference (median / p99) |");
            System.out.println("|---|---:|---:|---:|---:|---|");
            List<String> names = List.of(
                    "GET /api/congresses/{id} (reference)",
                    "POST /api/congresses/{id}/checkins, token (scanner), first scan",
                    "POST /api/congresses/{id}/checkins, the same tokens again (repeat scans)");
            List<Samples> all = List.of(reference, checkins, repeats);
            for (int k = 0; k < all.size(); k++) {
                Samples s = all.get(k);
                System.out.println(String.format(
                        Locale.ROOT,
                        "| %s | %d | %.2f | %.2f | %.2f | %s |",
                        names.get(k),
                        s.size(),
                        s.medianMs(),
                        s.p95Ms(),
                        s.percentile(99),
                        s == reference
                                ? "reference"
                                : String.format(
                                        Locale.ROOT,
                                        "%.1f× / %.1f×",
                                        s.medianMs() / reference.medianMs(),
                                        s.percentile(99) / reference.percentile(99))));
            }
        }
    }

    private static HttpRequest.Builder checkIn(String base, long id, String token) {
        return HttpRequest.newBuilder(URI.create(base + "/api/congresses/" + id + "/checkins"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\"}"));
    }

    private static void burst(
            int clients,
            List<String> tokens,
            java.util.function.Function<String, HttpRequest.Builder> request,
            String basic,
            Samples samples)
            throws InterruptedException {
        burst(clients, tokens, request, basic, samples, body -> {});
    }

    /** Every token sent once, shared out among {@code clients} threads that start together. */
    private static void burst(
            int clients,
            List<String> tokens,
            java.util.function.Function<String, HttpRequest.Builder> request,
            String basic,
            Samples samples,
            java.util.function.Consumer<String> check)
            throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<long[]> times = Collections.synchronizedList(new ArrayList<>());
        for (int c = 0; c < clients; c++) {
            int client = c;
            IntFunction<List<String>> share = k -> {
                List<String> mine = new ArrayList<>();
                for (int i = k; i < tokens.size(); i += clients) {
                    mine.add(tokens.get(i));
                }
                return mine;
            };
            threads.add(Thread.ofPlatform().start(() -> {
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                List<String> mine = share.apply(client);
                long[] mineTimes = new long[mine.size()];
                try {
                    start.await();
                    for (int i = 0; i < mine.size(); i++) {
                        HttpRequest r = request.apply(mine.get(i))
                                .header("Authorization", basic)
                                .build();
                        long t0 = System.nanoTime();
                        HttpResponse<String> res = http.send(r, HttpResponse.BodyHandlers.ofString());
                        mineTimes[i] = System.nanoTime() - t0;
                        if (res.statusCode() != 200) {
                            throw new IllegalStateException("HTTP " + res.statusCode() + ": " + res.body());
                        }
                        check.accept(res.body());
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                times.add(mineTimes);
            }));
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        if (samples != null) {
            times.forEach(ts -> {
                for (long t : ts) {
                    samples.add(t);
                }
            });
        }
    }

    /** A delegate congress of the commune with {@code n} delegates on its roll, each with a badge token. */
    private static long congress(JdbcClient jdbc, long orgId, String term, int n) {
        long id = jdbc.sql("""
                        insert into congress_case (org_id, term, level, kind, state, state_changed_at)
                        values (?, ?, 'GRASSROOTS_COMMITTEE', 'DELEGATE', 'IN_SESSION', now()) returning id""").param(orgId).param(term).query(Long.class).single();
        jdbc.sql("""
                        insert into roll_entry (case_id, number, full_name, kind, badge_token, created_at)
                        select ?, g, 'Đại biểu số ' || g, 'ELECTED', 'DH' || upper(md5(random()::text || g)), now()
                        from generate_series(1, ?) g""").param(id).param(n).update();
        return id;
    }

    private static List<String> tokens(JdbcClient jdbc, long id) {
        List<String> tokens = new ArrayList<>(jdbc.sql("select badge_token from roll_entry where case_id = ?")
                .param(id)
                .query(String.class)
                .list());
        Collections.shuffle(tokens, new Random(6));
        return tokens;
    }
}
