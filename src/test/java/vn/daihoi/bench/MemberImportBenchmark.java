package vn.daihoi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import vn.daihoi.demo.internal.IdNumbers;
import vn.daihoi.demo.internal.MemberRows;
import vn.daihoi.demo.internal.Person;
import vn.daihoi.demo.internal.PersonFactory;
import vn.daihoi.names.PersonName;
import vn.daihoi.names.VietnameseNames;

/**
 * (3) Member import throughput: 200,000 member rows as an import file would give them (names as typed,
 * no derived columns) are cleaned, given their ballot sort key and search text, and COPYed into the
 * live {@code member} table with all its indexes. Reference: a plain COPY of the same rows with the
 * derived columns left as constants. Both run in a transaction that is rolled back, so the data stays
 * as loaded.
 *
 * <p>Run: see docs/benchmarks.md. Arguments: [rows, default 200000].
 */
public final class MemberImportBenchmark {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        // The "file": generated up front so that generating it is not measured.
        PersonFactory people =
                new PersonFactory(PersonFactory.EthnicMix.NATIONAL, IdNumbers.benchmark(), LocalDate.of(2026, 1, 1));
        SplittableRandom rng = new SplittableRandom(7);
        List<Person> file = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            file.add(people.next(rng, 999));
        }
        try (BenchDatabase db = BenchDatabase.open();
                Connection c = db.connect()) {
            c.setAutoCommit(false);
            long cell;
            long firstId;
            try (PreparedStatement s = c.prepareStatement(
                            "select org_id from org_version where level = 'SUBORDINATE_CELL' and valid_to is null limit 1");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                cell = rs.getLong(1);
            }
            try (PreparedStatement s = c.prepareStatement("select max(id) + 1000 from member");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                firstId = rs.getLong(1);
            }
            double[] withDerived = new double[3];
            double[] plain = new double[3];
            for (int run = 0; run < 3; run++) {
                long t0 = System.nanoTime();
                try (MemberRows rows = new MemberRows(c)) {
                    long id = firstId;
                    for (Person raw : file) {
                        rows.write(id++, derive(raw), cell);
                    }
                }
                long t1 = System.nanoTime();
                c.rollback();
                long t2 = System.nanoTime();
                try (MemberRows rows = new MemberRows(c)) {
                    long id = firstId;
                    for (Person raw : file) {
                        rows.write(id++, raw, cell);
                    }
                }
                long t3 = System.nanoTime();
                c.rollback();
                withDerived[run] = (t1 - t0) / 1e9;
                plain[run] = (t3 - t2) / 1e9;
            }
            System.out.println(
                    "| run | import with sort key + search text (s) | rows/min | plain COPY (s) | rows/min | ratio |");
            System.out.println("|---:|---:|---:|---:|---:|---:|");
            for (int run = 0; run < 3; run++) {
                System.out.println(String.format(
                        Locale.ROOT,
                        "| %d | %.1f | %,.0f | %.1f | %,.0f | %.2f× |",
                        run + 1,
                        withDerived[run],
                        n / withDerived[run] * 60,
                        plain[run],
                        n / plain[run] * 60,
                        withDerived[run] / plain[run]));
            }
        }
    }

    /** What an import does with a row as typed: NFC names, the ballot sort key and the search text. */
    static Person derive(Person raw) {
        PersonName name = new PersonName(raw.family(), raw.middle(), raw.given());
        String full = raw.manualSortKey() != null ? PersonName.clean(raw.fullName()) : name.full();
        return new Person(
                name.family(),
                name.middle(),
                name.given(),
                full,
                raw.manualSortKey(),
                VietnameseNames.sortKey(name, raw.manualSortKey()),
                VietnameseNames.searchKey(full),
                raw.sex(),
                raw.birthDate(),
                raw.ethnicity(),
                raw.religion(),
                raw.nationalId(),
                raw.phone(),
                raw.partyCardNo(),
                raw.admissionDate(),
                raw.officialDate(),
                raw.status(),
                raw.situation());
    }
}
