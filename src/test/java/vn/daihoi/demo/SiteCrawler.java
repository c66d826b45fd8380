package vn.daihoi.demo;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.daihoi.security.WebSession;

/**
 * Walks a signed-in session breadth-first over the same-site links a page shows in its {@code <nav>} and
 * {@code <main>}, as a user clicking through would, and collects what a user must never meet: a 5xx, a
 * link that answers 403 (or 404) to the user it is shown to, an untranslated message key. GETs only;
 * logout, downloads, the API and the language switch are skipped. Pages of one shape ({@code /congresses/N})
 * are opened a few times only, so the walk covers every kind of page rather than every row of a table.
 */
final class SiteCrawler {

    /** One thing a user met: on {@code page}, the link {@code link} answered with {@code problem}. */
    record Failure(String user, String page, String link, String problem) {
        @Override
        public String toString() {
            return user + " | on " + page + " | " + link + " | " + problem;
        }
    }

    /** A link's target, or the fragment htmx loads into the page by itself ({@code hx-get}). */
    private static final Pattern HREF =
            Pattern.compile("<a\\b[^>]*?\\shref=\"([^\"]*)\"|\\shx-get=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private static final Pattern REGION =
            Pattern.compile("<(nav|main)\\b.*?</\\1>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Thymeleaf's mark of a missing key ({@code ??key_vi??}) or a bundle key's locale suffix leaking out. */
    private static final Pattern UNTRANSLATED =
            Pattern.compile("\\?\\?[^?<>\\s]{1,120}\\?\\?|\\b[a-z]+\\.[\\w.]+_(?:vi|en)\\b");

    /** Files rather than pages (PDF, DOCX, XLSX, ZIP, JSON, stored files) and the hall's event stream. */
    private static final Pattern DOWNLOAD = Pattern.compile(
            "(?i).*(\\.(pdf|xlsx|docx|zip|csv|json|png|svg)|/export|/template\\.xlsx|/file|/events|/congresses/\\d+/archive)$|/dossier-files/.*");

    private final WebSession session;
    private final String user;
    private final int maxPages;
    private final int perShape;
    private final List<Failure> failures = new ArrayList<>();
    private int opened;

    SiteCrawler(WebSession session, String user, int maxPages, int perShape) {
        this.session = session;
        this.user = user;
        this.maxPages = maxPages;
        this.perShape = perShape;
    }

    /** Crawls from {@code start}; returns every failure met (none means the walk was clean). */
    List<Failure> crawl(String start) {
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> shapes = new HashMap<>();
        Deque<String[]> queue = new ArrayDeque<>(); // {link, page it was shown on}
        queue.add(new String[] {start, "(start)"});
        seen.add(start);
        while (!queue.isEmpty() && opened < maxPages) {
            String[] next = queue.poll();
            String html = open(next[0], next[1]);
            if (html == null) {
                continue;
            }
            for (String link : links(html, next[0])) {
                if (seen.add(link) && shapes.merge(shape(link), 1, Integer::sum) <= perShape) {
                    queue.add(new String[] {link, next[0]});
                }
            }
        }
        return failures;
    }

    int opened() {
        return opened;
    }

    /** GETs a link, following same-site redirects; returns the HTML of a page to walk on, else null. */
    private String open(String link, String shownOn) {
        opened++;
        String path = link;
        HttpResponse<String> response = session.get(path);
        for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
            String location = WebSession.location(response);
            URI target = URI.create("http://localhost" + path).resolve(location);
            if (target.getHost() != null && !target.getHost().equals("localhost")) {
                return null;
            }
            path = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
            if (path.startsWith("/login")) {
                failures.add(new Failure(user, shownOn, link, "redirected to the login page"));
                return null;
            }
            response = session.get(path);
        }
        int status = response.statusCode();
        if (status >= 500) {
            failures.add(new Failure(user, shownOn, link, "answered " + status));
            return null;
        }
        if (status == 403 || status == 404) {
            failures.add(new Failure(user, shownOn, link, "link shown but answers " + status));
            return null;
        }
        boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
        if (status != 200 || !html) {
            return null;
        }
        Matcher untranslated = UNTRANSLATED.matcher(response.body());
        Set<String> keys = new LinkedHashSet<>();
        while (untranslated.find()) {
            keys.add(untranslated.group());
        }
        if (!keys.isEmpty()) {
            failures.add(new Failure(user, shownOn, link, "untranslated " + keys));
        }
        return response.body();
    }

    /** The same-site GET links of a page's nav and main, resolved against the page, in page order. */
    static List<String> links(String html, String pagePath) {
        URI base = URI.create("http://localhost" + pagePath);
        List<String> found = new ArrayList<>();
        Matcher region = REGION.matcher(html);
        while (region.find()) {
            Matcher href = HREF.matcher(region.group());
            while (href.find()) {
                String raw = (href.group(1) != null ? href.group(1) : href.group(2))
                        .replace("&amp;", "&")
                        .strip();
                if (raw.isEmpty()
                        || raw.startsWith("#")
                        || raw.startsWith("javascript:")
                        || raw.startsWith("mailto:")) {
                    continue;
                }
                URI target;
                try {
                    target = base.resolve(raw);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (target.getHost() != null && !target.getHost().equals("localhost")) {
                    continue;
                }
                String path = target.getRawPath();
                String query = target.getRawQuery();
                if (path == null
                        || path.startsWith("/api")
                        || path.startsWith("/logout")
                        || path.startsWith("/v3/")
                        || DOWNLOAD.matcher(path).matches()
                        || (query != null && (query.contains("lang=") || query.contains("format=")))) {
                    continue;
                }
                found.add(path + (query == null ? "" : "?" + query));
            }
        }
        return found;
    }

    /** A link's kind: its path with every number as N and without its query values. */
    static String shape(String link) {
        int q = link.indexOf('?');
        String path = q < 0 ? link : link.substring(0, q);
        String params = q < 0 ? "" : link.substring(q + 1).replaceAll("=[^&]*", "");
        return path.replaceAll("\\d+", "N") + "?" + params;
    }
}
