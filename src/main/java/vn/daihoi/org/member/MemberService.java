package vn.daihoi.org.member;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.org.Members;
import vn.daihoi.org.TreeMaintenance;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

/** The member commands and queries behind {@link Members}; permission checks first, audit last. */
@Service
class MemberService implements Members {

    static final String REASON_CREATE = "CREATE";
    static final String REASON_IMPORT = "IMPORT";
    static final String REASON_TRANSFER = "TRANSFER";

    private final JdbcClient jdbc;
    private final MemberStore store;
    private final MemberQueries queries;
    private final Placement placement;
    private final AccessControl access;
    private final TreeMaintenance tree;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    MemberService(
            JdbcClient jdbc,
            MemberStore store,
            MemberQueries queries,
            Placement placement,
            AccessControl access,
            TreeMaintenance tree,
            AuditLog audit,
            MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.queries = queries;
        this.placement = placement;
        this.access = access;
        this.tree = tree;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<MemberSummary> search(SearchQuery q) {
        List<Long> roots;
        if (q.orgId() != null) {
            access.require(Permission.MEMBER_VIEW, q.orgId());
            roots = List.of(q.orgId());
        } else {
            roots = access.scopeRoots(Permission.MEMBER_VIEW);
            if (roots.isEmpty()) {
                return new Page<>(List.of(), q.page(), q.size(), false);
            }
            if (roots.contains(rootId())) {
                roots = null; // the whole tree: no need to test every row against the closure
            }
        }
        List<MemberSummary> rows = queries.search(q.text(), roots, q.size() + 1, q.page() * q.size());
        boolean hasNext = rows.size() > q.size();
        return new Page<>(hasNext ? rows.subList(0, q.size()) : rows, q.page(), q.size(), hasNext);
    }

    @Override
    @Transactional(readOnly = true)
    public MemberDetail get(long id) {
        MemberQueries.Stored m = stored(id);
        access.require(Permission.MEMBER_VIEW, m.data().orgId());
        return new MemberDetail(
                m.id(), m.version(), m.fullName(), m.data(), m.orgCode(), m.orgName(), queries.assignments(id));
    }

    @Override
    @Transactional
    public long create(MemberData input) {
        if (input.orgId() == null) {
            throw new DomainException("error.required", "Mã chi bộ");
        }
        access.require(Permission.MEMBER_EDIT, input.orgId());
        MemberData d = valid(input);
        Placement.Node node = placement.requireAcceptsMembers(d.orgId());
        long id;
        try {
            id = store.insert(d);
        } catch (DuplicateKeyException e) {
            throw duplicate(d);
        }
        store.openAssignment(id, d.orgId(), LocalDate.now(clock), REASON_CREATE, null, null);
        if (d.situation().counted()) {
            tree.adjustMembers(Map.of(d.orgId(), 1));
        }
        audit.record(AuditLog.Change.of(
                "MEMBER_CREATE",
                "member",
                id,
                d.orgId(),
                "Thêm đảng viên " + MemberStore.Derived.of(d).fullName() + " vào " + node.name()));
        return id;
    }

    @Override
    @Transactional
    public void update(long id, int version, MemberData input) {
        MemberQueries.Stored before = stored(id);
        long orgId = before.data().orgId();
        access.require(Permission.MEMBER_EDIT, orgId);
        MemberData d = valid(MemberRules.placed(input, orgId));
        try {
            if (!store.update(id, version, d)) {
                throw DomainException.conflict("member.error.staleVersion");
            }
        } catch (DuplicateKeyException e) {
            throw duplicate(d);
        }
        boolean wasCounted = before.data().situation().counted();
        if (wasCounted != d.situation().counted()) {
            tree.adjustMembers(Map.of(orgId, d.situation().counted() ? 1 : -1));
        }
        audit.record(AuditLog.Change.of(
                        "MEMBER_EDIT",
                        "member",
                        id,
                        orgId,
                        "Sửa hồ sơ đảng viên " + MemberStore.Derived.of(d).fullName())
                .withDetails(MemberChanges.describe(before.data(), d)));
    }

    @Override
    @Transactional
    public void move(long id, Transfer t) {
        MemberQueries.Stored m = stored(id);
        long from = m.data().orgId();
        access.require(Permission.MEMBER_EDIT, from);
        access.require(Permission.MEMBER_EDIT, t.toOrgId());
        if (from == t.toOrgId()) {
            throw new DomainException("member.error.sameOrg");
        }
        if (t.validFrom() == null) {
            throw new DomainException("error.required", "Ngày chuyển");
        }
        Placement.Node to = placement.requireAcceptsMembers(t.toOrgId());
        if (t.validFrom().isAfter(LocalDate.now(clock))) {
            throw new DomainException("member.error.moveInFuture", Dates.format(t.validFrom()));
        }
        LocalDate currentFrom = jdbc.sql(
                        "select max(valid_from) from member_assignment where member_id = ? and valid_to is null")
                .param(id)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        if (currentFrom != null && t.validFrom().isBefore(currentFrom)) {
            throw new DomainException(
                    "member.error.moveBeforeCurrent", Dates.format(t.validFrom()), Dates.format(currentFrom));
        }
        if (t.validFrom().equals(currentFrom)) {
            // Same day as the current placement: a correction, not a period of its own.
            jdbc.sql("""
                update member_assignment set org_id = ?, reason = ?, decision_no = ?, decision_date = ?
                where member_id = ? and valid_to is null""")
                    .params(t.toOrgId(), REASON_TRANSFER, blank(t.decisionNo()), t.decisionDate(), id)
                    .update();
        } else {
            jdbc.sql("update member_assignment set valid_to = ? where member_id = ? and valid_to is null")
                    .params(t.validFrom(), id)
                    .update();
            store.openAssignment(
                    id, t.toOrgId(), t.validFrom(), REASON_TRANSFER, blank(t.decisionNo()), t.decisionDate());
        }
        jdbc.sql("update member set org_id = ?, updated_at = now(), version = version + 1 where id = ?")
                .params(t.toOrgId(), id)
                .update();
        if (m.data().situation().counted()) {
            Map<Long, Integer> deltas = new HashMap<>();
            deltas.put(from, -1);
            deltas.put(t.toOrgId(), 1);
            tree.adjustMembers(deltas);
        }
        audit.record(AuditLog.Change.of(
                        "MEMBER_MOVE",
                        "member",
                        id,
                        t.toOrgId(),
                        "Chuyển đảng viên %s từ %s đến %s từ ngày %s"
                                .formatted(m.fullName(), m.orgName(), to.name(), Dates.format(t.validFrom())))
                .withDetails("from=%d; to=%d; decision=%s".formatted(from, t.toOrgId(), blank(t.decisionNo()))));
    }

    @Override
    @Transactional(readOnly = true)
    public void exportXlsx(long orgId, OutputStream out) {
        access.require(Permission.MEMBER_EXPORT, orgId);
        try (MemberWorkbook wb = new MemberWorkbook()) {
            queries.forEachInSubtree(orgId, wb::add);
            wb.finish(out);
        }
    }

    private MemberQueries.Stored stored(long id) {
        return queries.find(id).orElseThrow(() -> DomainException.notFound("member.error.notFound", id));
    }

    private long rootId() {
        return jdbc.sql("select id from org_unit where code = 'TW'")
                .query(Long.class)
                .single();
    }

    /** Cleans and checks the record; the first broken rule becomes the message the user sees. */
    private MemberData valid(MemberData input) {
        MemberData d = MemberRules.clean(input);
        List<Violation> v = MemberRules.check(d, LocalDate.now(clock));
        if (!v.isEmpty()) {
            Violation first = v.getFirst();
            throw new DomainException(
                    "member.error.field",
                    first.column().header,
                    messages.getMessage(first.messageKey(), first.args(), UserLocale.current()));
        }
        return d;
    }

    private static DomainException duplicate(MemberData d) {
        return DomainException.conflict("member.error.duplicate", nz(d.nationalId()), nz(d.partyCardNo()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }
}
