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
 * <p>Run: see docs/benchmarks.md. Arguments: [queries per kind, default 300].
 */
public final class MemberSearchBenchmark {

    static final String SCOPED = """
        select m.id, m.full_name, m.birth_date, m.org_id from member m
        join org_closure cl on cl.descendant_id = m.org_id and cl.ancestor_id = ?
        where m.search_text like ? order by m.sort_key limit 50
        """;
    static final String GLOBAL = """
        select m.id, m.full_name, m.birth_date, m.org_id from member m
        where m.search_text like ? order by m.sort_key limit 50
        """;
    static final String REFERENCE = "select id, full_name, birth_date, org_id from member where national_id = ?";

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
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
            Samples scoped = new Samples("search in a province (org_closure scope)");
            Samples global = new Samples("search across the country");
            Samples ref = new Samples("CCCD unique-btree lookup (reference)");
            long hits = 0;
            try (PreparedStatement sc = c.prepareStatement(SCOPED);
                    PreparedStatement gl = c.prepareStatement(GLOBAL);
                    PreparedStatement rf = c.prepareStatement(REFERENCE)) {
                for (int round = 0; round < 2; round++) {
                    for (int i = 0; i < queries.size(); i++) {
                        String like = "%" + queries.get(i) + "%";
                        sc.setLong(1, provinces.get(i % provinces.size()));
                        sc.setString(2, like);
                        long t0 = System.nanoTime();
                        int a = rows(sc);
                        long t1 = System.nanoTime();
                        gl.setString(1, like);
                        int b = rows(gl);
                        long t2 = System.nanoTime();
                        rf.setString(1, ids.get(i % ids.size()));
                        rows(rf);
                        long t3 = System.nanoTime();
                        if (round == 1) {
                            scoped.add(t1 - t0);
                            global.add(t2 - t1);
                            ref.add(t3 - t2);
                            hits += a + b;
                        }
                    }
                }
            }
            System.out.println(Samples.header());
            System.out.println(ref.row(null));
            System.out.println(scoped.row(ref));
            System.out.println(global.row(ref));
            System.out.printf("average rows returned per query: %.1f%n", hits / (2.0 * queries.size()));
        }
    }

    /** Half full names ("nguyen van an"), half family + given ("tran hung"), accent-free like users type. */
    static List<String> queries(int n) {
        PersonFactory people =
                new PersonFactory(PersonFactory.EthnicMix.NATIONAL, IdNumbers.benchmark(), LocalDate.of(2026, 1, 1));
        SplittableRandom rng = new SplittableRandom(42);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Person p = people.next(rng, 999);
            String text = i % 2 == 0 ? p.fullName() : p.family() + " " + p.given();
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
