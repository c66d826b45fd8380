package vn.daihoi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * (1) Opening a node page: the node's current version with its counts and parent, its breadcrumb, and
 * its children with their counts (what GET /api/organizations/{id} and /children read), for random
 * nodes at every level. Reference: the bare primary-key lookup of the same node.
 *
 * <p>Run: see docs/benchmarks.md. Arguments: [samples per level, default 600].
 */
public final class NodePageBenchmark {

    static final String NODE = """
        select u.id, u.code, v.name, v.level, v.unit_type, v.pilot, v.parent_id, p.name as parent_name,
               c.direct_members, c.subtree_members, c.direct_children, c.subtree_units
        from org_unit u
        join org_version v on v.org_id = u.id and v.valid_to is null
        left join org_version p on p.org_id = v.parent_id and p.valid_to is null
        left join org_counts c on c.org_id = u.id
        where u.id = ?
        """;
    static final String BREADCRUMB = """
        select cl.ancestor_id, v.name from org_closure cl
        join org_version v on v.org_id = cl.ancestor_id and v.valid_to is null
        where cl.descendant_id = ? order by cl.depth desc
        """;
    static final String CHILDREN = """
        select v.org_id, u.code, v.name, v.level, v.pilot, c.subtree_members, c.direct_children
        from org_version v join org_unit u on u.id = v.org_id
        left join org_counts c on c.org_id = v.org_id
        where v.parent_id = ? and v.valid_to is null
        order by u.code limit 500
        """;
    static final String REFERENCE = "select id, code from org_unit where id = ?";

    private static final List<String> LEVELS = List.of(
            "CENTRAL",
            "DIRECTLY_UNDER_CENTRAL",
            "SUPERIOR_OF_GRASSROOTS",
            "GRASSROOTS_COMMITTEE",
            "GRASSROOTS_CELL",
            "SUBORDINATE_CELL");

    public static void main(String[] args) throws Exception {
        int perLevel = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        try (BenchDatabase db = BenchDatabase.open();
                Connection c = db.connect()) {
            Map<String, List<Long>> nodes = new LinkedHashMap<>();
            for (String level : LEVELS) {
                nodes.put(level, randomNodes(c, level, 200));
            }
            try (PreparedStatement node = c.prepareStatement(NODE);
                    PreparedStatement crumbs = c.prepareStatement(BREADCRUMB);
                    PreparedStatement children = c.prepareStatement(CHILDREN);
                    PreparedStatement reference = c.prepareStatement(REFERENCE)) {
                Samples all = new Samples("node page, all levels");
                Samples ref = new Samples("primary-key lookup (reference)");
                Map<String, Samples> byLevel = new LinkedHashMap<>();
                for (int round = 0; round < 2; round++) { // round 0 warms caches and the JIT
                    for (int i = 0; i < perLevel; i++) {
                        for (String level : LEVELS) {
                            List<Long> ids = nodes.get(level);
                            long id = ids.get(i % ids.size());
                            long t0 = System.nanoTime();
                            readAll(node, id);
                            readAll(crumbs, id);
                            readAll(children, id);
                            long t1 = System.nanoTime();
                            readAll(reference, id);
                            long t2 = System.nanoTime();
                            if (round == 1) {
                                all.add(t1 - t0);
                                ref.add(t2 - t1);
                                byLevel.computeIfAbsent(level, l -> new Samples("node page, " + l))
                                        .add(t1 - t0);
                            }
                        }
                    }
                }
                System.out.println(Samples.header());
                System.out.println(ref.row(null));
                System.out.println(all.row(ref));
                byLevel.values().forEach(s -> System.out.println(s.row(ref)));
            }
        }
    }

    static List<Long> randomNodes(Connection c, String level, int n) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select org_id from org_version where valid_to is null and level = ? order by hashint8(org_id * 7919) limit ?")) {
            s.setString(1, level);
            s.setInt(2, n);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    static int readAll(PreparedStatement s, long id) throws SQLException {
        s.setLong(1, id);
        int rows = 0;
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rs.getObject(1);
                rows++;
            }
        }
        return rows;
    }
}
