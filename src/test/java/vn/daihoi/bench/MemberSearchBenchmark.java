package vn.daihoi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.daihoi.demo.internal.IdNumbers;
import vn.daihoi.demo.internal.Person;
import vn.daihoi.demo.internal.PersonFactory;
import vn.daihoi.names.VietnameseNames;

/**
 * (2) Accent-insensitive member search: "nguyen van an"-style queries (random realistic names typed
 * without accents: full names, and family + given name) within a province (scoped by {@code
 * org_closure}) and across the country, ORDER BY sort_key LIMIT 50. Reference: an exact unique-btree
 * lookup of a member by CCCD.
 *
 * <p>The app's search ({@code MemberQueries.search}, the page of 50 with its org names, one
 * transaction per query like the service) is measured per kind of query; {@code compare} adds the
 * raw trigram and word-index queries for comparison.
 *
 * <p>Run: see docs/benchmarks.md. Arguments: [queries, default 100] [compare].
 */
public final class MemberSearchBenchmark {

    /** Today's schema: the trigram index on search_text; OFFSET 0 keeps the planner off the sort index. */
    static final String TRIGRAM = """
        select * from (
          select m.id, m.full_name, m.birth_date, m.org_id, m.sort_key from member m
          where m.search_text like ? offset 0) x
        order by sort_key limit 50
        """;
    /** The proposed word index: gin (to_tsvector('simple', search_text)), every typed word must match. */
    static final String WORDS = """
        select * from (
          select m.id, m.full_name, m.birth_date, m.org_id, m.sort_key from member m
          where to_tsvector('simple', m.search_text) @@ plainto_tsquery('simple', ?) offset 0) x
        order by sort_key limit 50
        """;

    static final String REFERENCE = "select id, full_name, birth_date, org_id from member where national_id = ?";

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        boolean compare = args.length > 1 && args[1].equals("compare");
        List<String> queries = queries(n);
        try (BenchDatabase db = BenchDatabase.open();
                Connection c = db.connect()) {
            List<Long> provinces = NodePageBenchmark.randomNodes(c, "DIRECTLY_UNDER_CENTRAL", 40);
            List<String> ids = new ArrayList<>();
            try (var s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "select national_id from member where national_id is not null order by hashint8(id) limit "
                                    + n)) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            boolean words;
            try (var s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "select count(*) from pg_indexes where indexname = 'member_search_words_idx'")) {
                rs.next();
                words = rs.getLong(1) > 0;
            }
            Samples ref = new Samples("CCCD unique-btree lookup (reference)");
            List<Samples> measured = new ArrayList<>();
            try (PreparedStatement rf = c.prepareStatement(REFERENCE)) {
                for (int round = 0; round < 2; round++) {
                    for (int i = 0; i < ids.size(); i++) {
                        rf.setString(1, ids.get(i));
                        long t0 = System.nanoTime();
                        rows(rf);
                        if (round == 1) {
                            ref.add(System.nanoTime() - t0);
                        }
                    }
                }
            }
            measured.addAll(app(c, queries, provinces));
            if (compare) {
                measured.add(run(c, "trigram LIKE, whole country", TRIGRAM, null, queries, provinces));
                measured.add(run(c, "trigram LIKE, in a province", TRIGRAM, "province", queries, provinces));
            }
            if (compare && words) {
                measured.add(run(c, "word index, whole country", WORDS, null, queries, provinces));
                measured.add(run(c, "word index, in a province", WORDS, "province", queries, provinces));
            }
            System.out.println(Samples.header());
            System.out.println(ref.row(null));
            measured.forEach(s -> System.out.println(s.row(ref)));
        }
    }

    private static Samples run(
            Connection c, String name, String sql, String scope, List<String> queries, List<Long> provinces)
            throws SQLException {
        String scoped = scope == null
                ? sql
                : sql.replace(
                        "from member m",
                        "from member m join org_closure cl on cl.descendant_id = m.org_id and cl.ancestor_id = ?");
        Samples samples = new Samples(name);
        try (PreparedStatement s = c.prepareStatement(scoped)) {
            for (int round = 0; round < 2; round++) { // round 0 warms the cache
                for (int i = 0; i < queries.size(); i++) {
                    int p = 1;
                    if (scope != null) {
                        s.setLong(p++, provinces.get(i % provinces.size()));
                    }
                    s.setString(p, sql.equals(TRIGRAM) ? "%" + queries.get(i) + "%" : queries.get(i));
                    long t0 = System.nanoTime();
                    rows(s);
                    if (round == 1) {
                        samples.add(System.nanoTime() - t0);
                    }
                }
            }
        }
        return samples;
    }

    /** Queries slower than this (ns) are printed with their plan on standard error. */
    static final long SLOW = 80_000_000L;

    /** The kinds of query users type, in the order {@link #queries} cycles through them. */
    static final List<String> KINDS = List.of("full name", "family + given", "given only", "middle + given");

    /**
     * The app's search through {@code MemberQueries} (package-private: reached by reflection so the
     * benchmark measures the production SQL and strategy choice), per kind of query, national scope
     * and province scope.
     */
    private static List<Samples> app(Connection c, List<String> queries, List<Long> provinces) throws Exception {
        Class<?> type = Class.forName("vn.daihoi.org.member.MemberQueries");
        var ds = new org.springframework.jdbc.datasource.SingleConnectionDataSource(c, true);
        var ctor = type.getDeclaredConstructor(
                org.springframework.jdbc.core.simple.JdbcClient.class,
                org.springframework.jdbc.core.JdbcTemplate.class);
        ctor.setAccessible(true);
        Object q = ctor.newInstance(
                org.springframework.jdbc.core.simple.JdbcClient.create(ds),
                new org.springframework.jdbc.core.JdbcTemplate(ds));
        var search = type.getDeclaredMethod("search", String.class, List.class, int.class, int.class);
        search.setAccessible(true);
        var explain = type.getDeclaredMethod("explain", String.class, List.class);
        explain.setAccessible(true);
        List<Samples> out = new ArrayList<>();
        Samples national = new Samples("app search, whole country, all kinds");
        Samples province = new Samples("app search, in a province, all kinds");
        List<Samples> perKind = new ArrayList<>();
        for (String kind : KINDS) {
            perKind.add(new Samples("app search, whole country, " + kind));
        }
        c.setAutoCommit(false);
        long maxRows = 0;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < queries.size(); i++) {
                for (int scoped = 0; scoped < 2; scoped++) {
                    List<Long> roots = scoped == 0 ? null : List.of(provinces.get(i % provinces.size()));
                    long t0 = System.nanoTime();
                    List<?> rows = (List<?>) search.invoke(q, queries.get(i), roots, 51, 0);
                    c.commit();
                    long t = System.nanoTime() - t0;
                    maxRows = Math.max(maxRows, rows.size());
                    if (round == 1 && t > SLOW) {
                        // the slow ones, with their strategy, to see what to improve
                        System.err.printf(
                                "slow: %.1f ms '%s' %s%n%s%n",
                                t / 1e6,
                                queries.get(i),
                                roots == null ? "country" : "province",
                                explain.invoke(q, queries.get(i), roots));
                        c.commit();
                    }
                    if (round == 1) {
                        (scoped == 0 ? national : province).add(t);
                        if (scoped == 0) {
                            perKind.get(i % KINDS.size()).add(t);
                        }
                    }
                }
            }
        }
        c.setAutoCommit(true);
        out.add(national);
        out.add(province);
        out.addAll(perKind);
        return out;
    }

    /** Full names ("nguyen van an"), family + given ("tran hung"), given only, middle + given, accent-free. */
    static List<String> queries(int n) {
        PersonFactory people =
                new PersonFactory(PersonFactory.EthnicMix.NATIONAL, IdNumbers.benchmark(), LocalDate.of(2026, 1, 1));
        SplittableRandom rng = new SplittableRandom(42);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Person p = people.next(rng, 999);
            String text = switch (i % KINDS.size()) {
                case 0 -> p.fullName();
                case 1 -> p.family() + " " + p.given();
                case 2 -> p.given();
                default -> (p.middle().isEmpty() ? p.family() : p.middle()) + " " + p.given();
            };
            out.add(VietnameseNames.searchKey(text));
        }
        return out;
    }

    static int rows(PreparedStatement s) throws SQLException {
        int rows = 0;
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows++;
            }
        }
        return rows;
    }
}
