package vn.daihoi.org.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.org.MemberImport;
import vn.daihoi.org.Members.MemberData;
import vn.daihoi.org.TreeMaintenance;
import vn.daihoi.platform.DomainException;

/**
 * All-or-nothing member import: read the file, check every row (each cell, duplicates within the file
 * and against the database, the target cells and the user's scope), and only when no row is bad write
 * them all with COPY in one transaction, keep the counts in step and write one audit entry.
 */
@Service
class MemberImporter implements MemberImport {

    private static final Logger log = LoggerFactory.getLogger(MemberImporter.class);

    private final JdbcClient jdbc;
    private final MemberStore store;
    private final Placement placement;
    private final AccessControl access;
    private final TreeMaintenance tree;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    MemberImporter(
            JdbcClient jdbc,
            MemberStore store,
            Placement placement,
            AccessControl access,
            TreeMaintenance tree,
            AuditLog audit,
            MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.placement = placement;
        this.access = access;
        this.tree = tree;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Report importFile(String fileName, byte[] content) {
        boolean signedIn = access.currentUser().isPresent();
        if (signedIn) {
            access.requireSomewhere(Permission.MEMBER_IMPORT);
        }
        long started = System.nanoTime();
        String name = fileName == null || fileName.isBlank() ? "(không tên)" : fileName.strip();
        List<SheetRows.RawRow> rows;
        try {
            rows = SpreadsheetFiles.read(name, content, MAX_ROWS);
        } catch (ImportFileException e) {
            return report(name, 0, 0, e.problems);
        }
        if (rows.isEmpty()) {
            return report(name, 0, 0, List.of(ImportProblem.ofFile("member.import.noRows")));
        }
        LocalDate today = LocalDate.now(clock);
        List<ImportProblem> problems = new ArrayList<>();
        List<RowParser.Candidate> candidates = new ArrayList<>(rows.size());
        for (SheetRows.RawRow row : rows) {
            RowParser.parse(row, today, problems).ifPresent(candidates::add);
        }
        unique(rows, MemberColumn.NATIONAL_ID, "national_id", problems);
        unique(rows, MemberColumn.PARTY_CARD_NO, "party_card_no", problems);
        Map<String, Placement.Node> cells = cells(rows, signedIn, problems);
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(ImportProblem::row));
            return report(name, rows.size(), 0, problems);
        }
        List<MemberData> members = candidates.stream()
                .map(c -> MemberRules.placed(c.data(), cells.get(c.cellCode()).id()))
                .toList();
        write(members, "Nhập %d đảng viên từ tệp %s".formatted(members.size(), name), name);
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        log.info(
                "Nhập {} đảng viên từ {} trong {} ms ({} dòng/phút)",
                members.size(),
                name,
                millis,
                members.size() * 60_000L / millis);
        return report(name, rows.size(), members.size(), List.of());
    }

    @Override
    @Transactional
    public int load(List<MemberData> members) {
        LocalDate today = LocalDate.now(clock);
        List<MemberData> clean = members.stream().map(MemberRules::clean).toList();
        for (int i = 0; i < clean.size(); i++) {
            List<Violation> v = MemberRules.check(clean.get(i), today);
            if (!v.isEmpty()) {
                throw new DomainException(
                        "member.error.loadRow",
                        i + 1,
                        v.getFirst().column().header,
                        messages.getMessage(
                                v.getFirst().messageKey(), v.getFirst().args(), UserLocale.current()));
            }
        }
        Set<Long> orgs = new LinkedHashSet<>();
        clean.forEach(m -> orgs.add(m.orgId()));
        Map<Long, Placement.Node> nodes = placement.byIds(orgs);
        for (Long org : orgs) {
            if (org == null || !nodes.containsKey(org)) {
                throw DomainException.notFound("member.error.orgUnknown", org);
            }
            placement.requireAcceptsMembers(nodes.get(org));
        }
        if (access.currentUser().isPresent()) {
            orgs.forEach(o -> access.require(Permission.MEMBER_IMPORT, o));
        }
        write(clean, "Nạp %d đảng viên".formatted(clean.size()), "load");
        return clean.size();
    }

    @Override
    public byte[] templateXlsx() {
        return MemberWorkbook.template();
    }

    private void write(List<MemberData> members, String summary, String source) {
        try {
            store.copyIn(members, LocalDate.now(clock), MemberService.REASON_IMPORT);
        } catch (MemberStore.CopyFailed e) {
            if (e.uniqueViolation()) {
                throw DomainException.conflict("member.import.concurrentDuplicate");
            }
            throw e;
        }
        Map<Long, Integer> deltas = new HashMap<>();
        for (MemberData m : members) {
            if (m.situation().counted()) {
                deltas.merge(m.orgId(), 1, Integer::sum);
            }
        }
        tree.adjustMembers(deltas);
        Set<Long> orgs = new HashSet<>(members.stream().map(MemberData::orgId).toList());
        audit.record(AuditLog.Change.of(
                        "MEMBER_IMPORT",
                        "member",
                        null,
                        orgs.size() == 1 ? orgs.iterator().next() : null,
                        summary)
                .withDetails("source=%s; rows=%d; cells=%d".formatted(source, members.size(), orgs.size())));
    }

    /** Each value of {@code column} at most once in the file and not yet in the database. */
    private void unique(List<SheetRows.RawRow> rows, MemberColumn column, String dbColumn, List<ImportProblem> out) {
        Map<String, Integer> firstLine = new HashMap<>();
        for (SheetRows.RawRow row : rows) {
            String value = row.get(column);
            if (!value.isEmpty()) {
                Integer first = firstLine.putIfAbsent(value, row.line());
                if (first != null) {
                    out.add(ImportProblem.of(
                            row.line(), column, "member.import.duplicateInFile", value, String.valueOf(first)));
                }
            }
        }
        if (firstLine.isEmpty()) {
            return;
        }
        Set<String> taken =
                new HashSet<>(jdbc.sql("select %s from member where %s = any(?)".formatted(dbColumn, dbColumn))
                        .param(firstLine.keySet().toArray(String[]::new))
                        .query(String.class)
                        .list());
        for (SheetRows.RawRow row : rows) {
            if (taken.contains(row.get(column))) {
                out.add(ImportProblem.of(row.line(), column, "member.import.duplicateInDb", row.get(column)));
            }
        }
    }

    /** Resolves the cell codes and reports unknown, closed, member-less and out-of-scope cells. */
    private Map<String, Placement.Node> cells(List<SheetRows.RawRow> rows, boolean signedIn, List<ImportProblem> out) {
        Set<String> codes = new HashSet<>();
        rows.forEach(r -> codes.add(r.get(MemberColumn.CELL_CODE)));
        codes.remove("");
        Map<String, Placement.Node> nodes = placement.byCodes(codes);
        Set<Long> allowed = signedIn
                ? placement.within(
                        nodes.values().stream().map(Placement.Node::id).toList(),
                        access.scopeRoots(Permission.MEMBER_IMPORT))
                : null;
        for (SheetRows.RawRow row : rows) {
            String code = row.get(MemberColumn.CELL_CODE);
            if (code.isEmpty()) {
                continue;
            }
            Placement.Node n = nodes.get(code);
            String key = n == null
                    ? "member.import.cellUnknown"
                    : !n.open()
                            ? "member.import.cellClosed"
                            : !n.holdsMembers()
                                    ? "member.import.cellHoldsNoMembers"
                                    : allowed != null && !allowed.contains(n.id())
                                            ? "member.import.cellOutOfScope"
                                            : null;
            if (key != null) {
                out.add(ImportProblem.of(row.line(), MemberColumn.CELL_CODE, key, code));
            }
        }
        return nodes;
    }

    private Report report(String name, int rowsRead, int imported, List<ImportProblem> problems) {
        Function<ImportProblem, Problem> translate = p -> new Problem(
                p.row(),
                p.column(),
                messages.getMessage(p.messageKey(), p.args(), p.messageKey(), UserLocale.current()));
        return new Report(
                name, rowsRead, imported, problems.stream().map(translate).toList());
    }
}
