package vn.daihoi.demo.internal;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.org.TreeMaintenance;

/**
 * Loads the synthetic national tree and its members with COPY, in one transaction: nodes and versions
 * streamed from {@link NationalShape}, members generated on the fly (only one int per cell is kept),
 * indexes and constraints of {@code member} and {@code member_assignment} dropped during the load and
 * rebuilt once at the end, then the closure, the counts and fresh planner statistics.
 */
@Component
public class NationalLoad {

    private static final Logger log = LoggerFactory.getLogger(NationalLoad.class);

    public static final long NATIONAL_MEMBERS = 5_600_000L;
    static final LocalDate VALID_FROM = LocalDate.of(2025, 7, 1);

    /** What a load did, with the time each phase took. */
    public record Result(
            boolean loaded,
            long nodes,
            long members,
            long millisTree,
            long millisMembers,
            long millisIndexes,
            long millisDerived,
            long millisTotal) {}

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TreeMaintenance tree;
    private final Clock clock;

    NationalLoad(JdbcClient jdbc, DataSource dataSource, TreeMaintenance tree, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tree = tree;
        this.clock = clock;
    }

    /** Loads the tree at {@code factor} of national size (1 = national) unless it is there already. */
    @Transactional(timeout = -1)
    public Result load(double factor) {
        jdbc.sql("select pg_advisory_xact_lock(2026070102)").query().listOfRows();
        if (jdbc.sql("select count(*) from org_unit where code = ?")
                        .param(NationalShape.PREFIX + "01")
                        .query(Long.class)
                        .single()
                > 0) {
            log.info("Đã có dữ liệu quy mô toàn quốc: không nạp lại.");
            return new Result(false, 0, 0, 0, 0, 0, 0, 0);
        }
        long t0 = System.nanoTime();
        jdbc.sql("set local maintenance_work_mem = '1GB'").update();
        jdbc.sql("set local synchronous_commit = off").update();
        long root = jdbc.sql("select id from org_unit where code = 'TW'")
                .query(Long.class)
                .single();
        Connection connection = DataSourceUtils.getConnection(dataSource);

        // Pass 1 counts the nodes to reserve their ids; passes 2 and 3 write units, then versions.
        long nodes = new NationalShape(factor, 0).walk(n -> {});
        long firstOrg = Sequences.reserve(jdbc, "org_unit", nodes);
        NationalShape shape = new NationalShape(factor, firstOrg);
        Cells cells = new Cells((int) Math.min(Integer.MAX_VALUE - 8, nodes));
        try (CopyRows units = new CopyRows(connection, "org_unit", "id, code")) {
            shape.walk(n -> {
                units.number(n.id()).text(n.code()).endRow();
                if (n.holdsMembers()) {
                    cells.add(n.id(), n.province());
                }
            });
        }
        try (CopyRows versions = new CopyRows(
                connection,
                "org_version",
                "org_id, valid_from, name, level, unit_type, issuer_symbol, parent_id, superior_id, pilot, pilot_basis,"
                        + " change_kind, note")) {
            shape.walk(n -> {
                long parent = n.parentId() == null ? root : n.parentId();
                versions.number(n.id())
                        .date(VALID_FROM)
                        .text(n.name())
                        .text(n.level())
                        .text(n.unitType())
                        .text(n.issuer())
                        .number(parent)
                        .number(parent)
                        .bool(n.pilot())
                        .text(n.pilot() ? "Thí điểm đảng ủy xã là cấp trên trực tiếp của tổ chức cơ sở đảng" : null)
                        .text("CREATE")
                        .text("Dữ liệu giả lập quy mô toàn quốc")
                        .endRow();
            });
        }
        long t1 = System.nanoTime();

        BulkIndexes indexes = new BulkIndexes(jdbc);
        indexes.drop("member_assignment");
        indexes.drop("member");
        long members = Math.round(NATIONAL_MEMBERS * factor);
        long firstMember = Sequences.reserve(jdbc, "member", members);
        writeMembers(connection, cells, members, firstMember);
        jdbc.sql("""
            insert into member_assignment (member_id, org_id, valid_from, reason)
            select id, org_id, greatest(admission_date, ?), 'ADMISSION' from member where id between ? and ?
            """).params(VALID_FROM, firstMember, firstMember + members - 1).update();
        long t2 = System.nanoTime();
        indexes.restore();
        long t3 = System.nanoTime();
        tree.rebuildClosure();
        tree.recomputeCounts();
        for (String table :
                new String[] {"org_unit", "org_version", "org_closure", "org_counts", "member", "member_assignment"}) {
            jdbc.sql("analyze " + table).update();
        }
        long t4 = System.nanoTime();
        Result r = new Result(true, nodes, members, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t4 - t0));
        log.info(
                "Đã nạp dữ liệu toàn quốc (hệ số {}): {} nút, {} đảng viên trong {} s (cây {} s, đảng viên {} s, chỉ mục {} s, bảng dẫn xuất {} s).",
                factor,
                nodes,
                members,
                r.millisTotal() / 1000,
                r.millisTree() / 1000,
                r.millisMembers() / 1000,
                r.millisIndexes() / 1000,
                r.millisDerived() / 1000);
        return r;
    }

    private void writeMembers(Connection connection, Cells cells, long members, long firstId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        PersonFactory people = new PersonFactory(PersonFactory.EthnicMix.NATIONAL, IdNumbers.national(), today);
        SplittableRandom rng = new SplittableRandom(NationalShape.SEED + 1);
        // Cell sizes vary between half and one and a half times the average; the last cell takes the rest.
        double average = (double) members / cells.size;
        long id = firstId;
        long written = 0;
        try (MemberRows rows = new MemberRows(connection)) {
            for (int c = 0; c < cells.size && written < members; c++) {
                long n = c == cells.size - 1
                        ? members - written
                        : Math.min(members - written, Math.round(average * (0.5 + rng.nextDouble())));
                int cccd = NationalShape.CCCD_CODES[cells.province[c] % NationalShape.CCCD_CODES.length];
                for (long i = 0; i < n; i++) {
                    rows.write(id++, people.next(rng, cccd), cells.id[c]);
                }
                written += n;
                if (c % 20_000 == 0) {
                    log.info("… {} / {} đảng viên", written, members);
                }
            }
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /** The member-holding cells: their ids and provinces, a few bytes per cell. */
    private static final class Cells {
        long[] id;
        int[] province;
        int size;

        Cells(int capacity) {
            id = new long[Math.max(16, capacity / 4)];
            province = new int[id.length];
        }

        void add(long cellId, int p) {
            if (size == id.length) {
                id = Arrays.copyOf(id, size * 2);
                province = Arrays.copyOf(province, size * 2);
            }
            id[size] = cellId;
            province[size++] = p;
        }
    }
}
