package vn.daihoi.dossier;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.platform.DomainException;

/**
 * The checklist of the approval dossier per level and kind of congress, seeded from the typical content
 * (congress-process.md §2.4) and edited by administrators (those who edit the rulebook), every change
 * audited. An item taken out is deactivated, so the files uploaded against it keep their meaning.
 */
@Service
public class DossierChecklist {

    public static final Set<String> KINDS = Set.of("ALL_MEMBER", "DELEGATE");

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditLog audit;

    DossierChecklist(JdbcClient jdbc, AccessControl access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** The active items for a level and kind, in order (no permission check: a case's reader needs them). */
    public List<DossierItem> itemsFor(String level, String kind) {
        return jdbc.sql("""
                        select id, level, kind, position, code, title, active from dossier_item
                        where level = ? and kind = ? and active order by position, id""").params(level, kind).query(DossierChecklist::map).list();
    }

    /** Every item, inactive ones included, for the administrator's page. */
    public List<DossierItem> all() {
        access.requireSomewhere(Permission.RULEBOOK_VIEW);
        return jdbc.sql("""
                        select id, level, kind, position, code, title, active from dossier_item
                        order by level, kind, position, id""").query(DossierChecklist::map).list();
    }

    /** Adds an item at the end of the list of its level and kind. */
    @Transactional
    public DossierItem add(String level, String kind, String title) {
        access.requireSomewhere(Permission.RULEBOOK_EDIT);
        String lvl = level == null ? "" : level.strip();
        if (java.util.Arrays.stream(OrgLevel.values()).noneMatch(l -> l.name().equals(lvl))) {
            throw new DomainException("dossier.error.badLevel", lvl);
        }
        String k = kind == null ? "" : kind.strip();
        if (!KINDS.contains(k)) {
            throw new DomainException("dossier.error.badKind", k);
        }
        String t = title(title);
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from dossier_item where level = ? and kind = ?")
                .params(lvl, k)
                .query(Integer.class)
                .single();
        String code = "CUSTOM_"
                + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long id = jdbc.sql("""
                        insert into dossier_item (level, kind, position, code, title) values (?, ?, ?, ?, ?)
                        returning id""")
                .params(lvl, k, position, code, t)
                .query(Long.class)
                .single();
        audit.record(AuditLog.Change.of(
                        "DOSSIER_ITEM_ADD",
                        "dossier_item",
                        id,
                        null,
                        "Thêm mục hồ sơ đề nghị duyệt đại hội (" + lvl + ", " + k + "): " + position + ". " + t)
                .withDetails(Map.of("code", code)));
        return find(id);
    }

    /** Renames an item and sets whether it is required now. */
    @Transactional
    public DossierItem change(long id, String title, boolean active) {
        access.requireSomewhere(Permission.RULEBOOK_EDIT);
        DossierItem before = find(id);
        String t = title(title);
        jdbc.sql("update dossier_item set title = ?, active = ? where id = ?")
                .params(t, active, id)
                .update();
        audit.record(AuditLog.Change.of(
                        "DOSSIER_ITEM_CHANGE",
                        "dossier_item",
                        id,
                        null,
                        "Sửa mục hồ sơ đề nghị duyệt đại hội (" + before.level() + ", " + before.kind() + ") "
                                + before.position() + ": \"" + before.title() + "\" → \"" + t + "\""
                                + (active ? "" : " (bỏ khỏi danh mục)"))
                .withDetails(Map.of("active", before.active() + "→" + active)));
        return find(id);
    }

    private DossierItem find(long id) {
        return jdbc.sql("select id, level, kind, position, code, title, active from dossier_item where id = ?")
                .param(id)
                .query(DossierChecklist::map)
                .optional()
                .orElseThrow(() -> DomainException.notFound("dossier.error.itemNotFound", String.valueOf(id), "—"));
    }

    private static String title(String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new DomainException("dossier.error.titleRequired");
        }
        if (t.length() > 500) {
            throw new DomainException("dossier.error.titleTooLong");
        }
        return t;
    }

    private static DossierItem map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new DossierItem(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getString(5),
                rs.getString(6),
                rs.getBoolean(7));
    }
}
