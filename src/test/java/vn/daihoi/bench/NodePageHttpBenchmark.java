package vn.daihoi.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * (1b) The node page over HTTP, as a browser and a script get it from the running app: {@code GET
 * /org/{id}} (HTML, logged-in session cookie) and {@code GET /api/organizations/{id}} (JSON, HTTP
 * Basic: every request pays a password-hash check), for random nodes of every level. References in
 * the same run: {@code GET /actuator/health} and {@code GET /login}. Loopback only, bounded count.
 *
 * <p>Two steps, because the app and this class cannot both open the embedded database:
 *
 * <pre>
 * # 1. app stopped: pick the nodes and set a known password for the benchmark user (admin)
 * java -cp "$CP" -Dbench.data=/work/bench-data vn.daihoi.bench.NodePageHttpBenchmark prepare target/http-nodes.txt PASSWORD
 * # 2. app running on PORT: measure
 * java -cp "$CP" vn.daihoi.bench.NodePageHttpBenchmark run target/http-nodes.txt PORT PASSWORD [requests per level, 100]
 * </pre>
 */
public final class NodePageHttpBenchmark {

    static final List<String> LEVELS = List.of(
            "CENTRAL",
            "DIRECTLY_UNDER_CENTRAL",
            "SUPERIOR_OF_GRASSROOTS",
            "GRASSROOTS_COMMITTEE",
            "GRASSROOTS_CELL",
            "SUBORDINATE_CELL");

    /** At most this many requests per measured operation, whatever the arguments say. */
    static final int MAX_REQUESTS = 2_000;

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("prepare")) {
            prepare(Path.of(args[1]), args[2]);
        } else if (args.length >= 4 && args[0].equals("run")) {
            int n = Math.min(MAX_REQUESTS, args.length > 4 ? Integer.parseInt(args[4]) : 100);
            run(Path.of(args[1]), Integer.parseInt(args[2]), args[3], n);
        } else {
            System.err.println("prepare NODES_FILE PASSWORD | run NODES_FILE PORT PASSWORD [requests per level]");
        }
    }

    /** Random nodes of every level into the file; the admin's password set (hashed as the app does). */
    private static void prepare(Path file, String password) throws Exception {
        List<String> lines = new ArrayList<>();
        try (BenchDatabase db = BenchDatabase.open();
                Connection c = db.connect()) {
            for (String level : LEVELS) {
                for (long id : NodePageBenchmark.randomNodes(c, level, 100)) {
                    lines.add(level + " " + id);
                }
            }
            try (var s = c.prepareStatement("update app_user set password_hash = ?, must_change_password = false,"
                    + " failed_attempts = 0, locked_until = null, enabled = true where username = 'admin'")) {
                s.setString(
                        1,
                        PasswordEncoderFactories.createDelegatingPasswordEncoder()
                                .encode(password));
                if (s.executeUpdate() != 1) {
                    throw new IllegalStateException("Không có tài khoản admin trong dữ liệu benchmark");
                }
            }
        }
        Files.write(file, lines);
        System.out.println(lines.size() + " nút → " + file);
    }

    private static void run(Path file, int port, String password, int n) throws Exception {
        String base = "http://127.0.0.1:" + port;
        Map<String, List<Long>> nodes = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] p = line.split(" ");
            nodes.computeIfAbsent(p[0], k -> new ArrayList<>()).add(Long.parseLong(p[1]));
        }
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        login(browser, base, password);
        HttpClient script = HttpClient.newHttpClient();
        String basic =
                "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));

        Samples health = new Samples("GET /actuator/health (reference)");
        Samples loginPage = new Samples("GET /login (anonymous page)");
        Samples pageAll = new Samples("GET /org/{id} HTML, session, all levels");
        Samples apiAll = new Samples("GET /api/organizations/{id} JSON, Basic, all levels");
        Map<String, Samples> pagePerLevel = new LinkedHashMap<>();
        nodes.keySet().forEach(l -> pagePerLevel.put(l, new Samples("GET /org/{id} HTML, " + l)));
        Map<String, Integer> failed = new java.util.TreeMap<>();
        for (int round = 0; round < 2; round++) { // round 0 warms the JIT and the caches
            boolean keep = round == 1;
            for (int i = 0; i < n; i++) {
                time(browser, base + "/actuator/health", null, keep ? health : null);
                time(browser, base + "/login", null, keep ? loginPage : null);
                for (var e : nodes.entrySet()) {
                    long id = e.getValue().get(i % e.getValue().size());
                    long t = time(browser, base + "/org/" + id, null, keep ? pageAll : null);
                    if (t < 0) {
                        failed.merge(e.getKey() + " " + id, 1, Integer::sum);
                        continue;
                    }
                    if (keep) {
                        pagePerLevel.get(e.getKey()).add(t);
                    }
                    time(script, base + "/api/organizations/" + id, basic, keep ? apiAll : null);
                }
            }
        }
        System.out.println(Samples.header());
        System.out.println(health.row(null));
        System.out.println(loginPage.row(health));
        System.out.println(pageAll.row(health));
        pagePerLevel.values().stream().filter(s -> s.size() > 0).forEach(s -> System.out.println(s.row(health)));
        System.out.println(apiAll.row(health));
        if (!failed.isEmpty()) {
            System.out.println("\nNodes whose page failed (HTTP 5xx, not measured): " + failed.size() + ", e.g. "
                    + failed.keySet().stream().limit(10).toList());
        }
    }

    /**
     * One GET; -1 on a server error (reported, not measured), fails loudly on anything else but 200 so
     * that a login page is never measured by mistake.
     */
    private static long time(HttpClient client, String url, String authorization, Samples into)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        long t = System.nanoTime() - t0;
        if (r.statusCode() >= 500) {
            return -1;
        }
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " → HTTP " + r.statusCode());
        }
        if (into != null) {
            into.add(t);
        }
        return t;
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /** The form login a browser does: the CSRF token from the page, then the POST; keeps the cookie. */
    static void login(HttpClient client, String base, String password) throws Exception {
        String page = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("Không thấy mã CSRF trên trang đăng nhập");
        }
        String form = "username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String to = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || to.contains("error") || to.contains("locked")) {
            throw new IllegalStateException("Đăng nhập thất bại: HTTP " + r.statusCode() + " → " + to);
        }
    }
}
