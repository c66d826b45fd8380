package vn.daihoi.demo.internal;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.org.OrgLevel;

/**
 * The congress cases of the national demo tree: one 2025-2030 case per unit, in a plausible spread of
 * states (most cells held, about half the grassroots committees, few communes, no province yet), plus the
 * archived 2020-2025 cases of half the grassroots units; two followers per province. Cases and their
 * transitions go in by COPY with the progress triggers off, then the aggregate is rebuilt once.
 */
@Component
public class NationalCongresses {

    private static final Logger log = LoggerFactory.getLogger(NationalCongresses.class);

    static final String TERM = "2025-2030";
    static final String PREVIOUS_TERM = "2020-2025";
    static final String[] PROGRESS_TRIGGERS = {"congress_progress_ins", "congress_progress_upd", "congress_progress_del"
    };

    /** What a load did. */
    public record Result(boolean loaded, long cases, long transitions, long followers, long millis) {}

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;

    NationalCongresses(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** One unit of the national tree that holds congresses. */
    private record Unit(long id, OrgLevel level, int province) {}

    @Transactional(timeout = -1)
    public Result load() {
        jdbc.sql("select pg_advisory_xact_lock(2026112275)").query().listOfRows();
        List<Unit> units = units();
        if (units.isEmpty()
                || jdbc.sql("select count(*) from congress_case where org_id = ?")
                                .param(units.getFirst().id())
                                .query(Long.class)
                                .single()
                        > 0) {
            log.info("Không nạp hồ sơ đại hội toàn quốc: chưa có cây toàn quốc hoặc đã nạp rồi.");
            return new Result(false, 0, 0, 0, 0);
        }
        long t0 = System.nanoTime();
        jdbc.sql("set local synchronous_commit = off").update();
        LocalDate today = LocalDate.now(clock);
        int provinces = units.stream().mapToInt(Unit::province).max().orElse(0) + 1;
        long[][] followers = followers(units, provinces);
        long previous = units.stream().filter(NationalCongresses::grassroots).count() / 2;
        long n = units.size() + previous;
        long firstCase = Sequences.reserve(jdbc, "congress_case", n);
        for (String trigger : PROGRESS_TRIGGERS) {
            jdbc.sql("alter table congress_case disable trigger " + trigger).update();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        // One COPY at a time per connection: the same seeded pass runs twice, once per table.
        long caseRows;
        long stepRows;
        try (CopyRows cases = new CopyRows(connection, "congress_case", CaseWriter.CASE_COLUMNS)) {
            pass(units, followers, firstCase, today, cases, null);
            caseRows = cases.rows();
        }
        try (CopyRows steps = new CopyRows(connection, "congress_transition", CaseWriter.STEP_COLUMNS)) {
            pass(units, followers, firstCase, today, null, steps);
            stepRows = steps.rows();
        }
        for (String trigger : PROGRESS_TRIGGERS) {
            jdbc.sql("alter table congress_case enable trigger " + trigger).update();
        }
        long t1 = System.nanoTime();
        jdbc.sql("select congress_progress_rebuild()").query().listOfRows();
        for (String table :
                new String[] {"congress_case", "congress_transition", "congress_progress", "congress_follow"}) {
            jdbc.sql("analyze " + table).update();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        log.info(
                "Đã nạp {} hồ sơ đại hội và {} bước chuyển trạng thái trong {} s (bảng tổng hợp {} s).",
                caseRows,
                stepRows,
                ms / 1000,
                (System.nanoTime() - t1) / 1_000_000_000);
        return new Result(true, caseRows, stepRows, (long) provinces * 2, ms);
    }

    private static void pass(
            List<Unit> units, long[][] followers, long firstCase, LocalDate today, CopyRows cases, CopyRows steps) {
        SplittableRandom rng = new SplittableRandom(20251125L);
        CaseWriter writer = new CaseWriter(today, rng, cases, steps);
        long id = firstCase;
        long grassrootsSeen = 0;
        for (Unit u : units) {
            long follower = followers[u.province()][rng.nextInt(2)];
            writer.current(id++, u.id(), u.level(), follower);
            if (grassroots(u) && grassrootsSeen++ % 2 == 0) {
                writer.previous(id++, u.id(), u.level(), follower);
            }
        }
    }

    private static boolean grassroots(Unit u) {
        return u.level() == OrgLevel.GRASSROOTS_COMMITTEE || u.level() == OrgLevel.GRASSROOTS_CELL;
    }

    /** The national tree's open units in id order (parents first), with their province's number. */
    private List<Unit> units() {
        List<Unit> out = new ArrayList<>();
        jdbc.sql("""
                select u.id, v.level, substr(u.code, 3, 2)::int - 1
                from org_unit u join org_version v on v.org_id = u.id and v.valid_to is null
                where u.code like ? order by u.id""").param(NationalShape.PREFIX + "%").query(rs -> {
            out.add(new Unit(rs.getLong(1), OrgLevel.valueOf(rs.getString(2)), rs.getInt(3)));
        });
        return out;
    }

    /** Two staff of each provincial organisation board follow its congresses (accounts that cannot sign in). */
    private long[][] followers(List<Unit> units, int provinces) {
        long[] provinceIds = new long[provinces];
        for (Unit u : units) {
            if (u.level() == OrgLevel.DIRECTLY_UNDER_CENTRAL) {
                provinceIds[u.province()] = u.id();
            }
        }
        long[][] out = new long[provinces][2];
        for (int p = 0; p < provinces; p++) {
            for (int k = 0; k < 2; k++) {
                out[p][k] = jdbc.sql("""
                        insert into app_user (username, full_name, password_hash, org_id, enabled)
                        values (?, ?, '!', ?, false) returning id""")
                        .params(
                                "theodoi-qg%02d-%d".formatted(p + 1, k + 1),
                                CaseWriter.followerName(p * 2 + k),
                                provinceIds[p])
                        .query(Long.class)
                        .single();
            }
        }
        return out;
    }

    static OffsetDateTime at(LocalDate date) {
        return date.atTime(9, 0).atOffset(ZoneOffset.ofHours(7));
    }
}
