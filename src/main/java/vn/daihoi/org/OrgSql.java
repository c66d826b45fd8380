package vn.daihoi.org;

/**
 * The organisation tree inside other modules' set-based SQL: fragments the tree's owner writes over its tables
 * ({@code org_unit}, {@code org_version}, {@code org_closure}), so that a list stays ONE query (no call per row)
 * while only this module names those tables ({@code TableOwnershipTest}). A single value is read through
 * {@link OrgTree} instead ({@link OrgTree#nameOf}, {@link OrgTree#directSuperior}).
 *
 * <p>Arguments are SQL expressions of the caller's query: a column ({@code "c.org_id"}), a parameter ({@code "?"},
 * {@code ":roots"}); never text typed by a user. The fragments' own aliases end in {@code _} so they do not clash.
 */
public final class OrgSql {

    private OrgSql() {}

    /**
     * The unit's name now; a closed unit (merged away, dissolved) keeps its last name. The one behaviour of every
     * list: a congress case, a plan, a draft of a unit closed since still shows who it was.
     */
    public static String name(String orgId) {
        return "(select ov_.name from org_version ov_ where ov_.org_id = " + orgId
                + " order by ov_.valid_to is null desc, ov_.valid_from desc limit 1)";
    }

    /**
     * The unit's name on a date: the version valid that day; after its close, its last name (as {@link #name});
     * before its creation, its first name.
     */
    public static String nameOn(String orgId, String date) {
        return "coalesce((select ov_.name from org_version ov_ where ov_.org_id = " + orgId + " and ov_.valid_from <= "
                + date + " order by ov_.valid_from desc limit 1), (select ov_.name from org_version ov_"
                + " where ov_.org_id = " + orgId + " order by ov_.valid_from limit 1))";
    }

    /** The unit's code. */
    public static String code(String orgId) {
        return "(select ou_.code from org_unit ou_ where ou_.id = " + orgId + ")";
    }

    /**
     * The unit's direct superior now: its explicit superior, else its parent (as {@link OrgNode#directSuperiorId});
     * null for the root.
     */
    public static String directSuperior(String orgId) {
        return "(select coalesce(ov_.superior_id, ov_.parent_id) from org_version ov_ where ov_.org_id = " + orgId
                + " and ov_.valid_to is null)";
    }

    /**
     * Whether the unit lies in the subtree of a root (the root itself included) on the current tree. {@code roots}
     * completes {@code ancestor_id ...}: {@code "= ?"}, {@code "= any(?)"} (an array), {@code "in (:roots)"}.
     */
    public static String within(String orgId, String roots) {
        return "exists (select 1 from org_closure oc_ where oc_.descendant_id = " + orgId + " and oc_.ancestor_id "
                + roots + ")";
    }

    /** Whether the unit lies strictly below a root (the root itself excluded); {@code roots} as in {@link #within}. */
    public static String below(String orgId, String roots) {
        return "exists (select 1 from org_closure oc_ where oc_.descendant_id = " + orgId + " and oc_.ancestor_id "
                + roots + " and oc_.depth > 0)";
    }

    /**
     * The units around some units, ranked: their ancestors (themselves included) first, nearest first, with a
     * negative rank, then their descendants, nearest first. A derived table for {@code from ... n} with the columns
     * {@code org_id, rank}; {@code units} completes {@code in ...} (e.g. {@code "(:around)"}).
     */
    public static String ranked(String units) {
        return "(select oc_.ancestor_id as org_id, oc_.depth - 1000000 as rank from org_closure oc_"
                + " where oc_.descendant_id in " + units + " union all"
                + " select oc_.descendant_id, oc_.depth from org_closure oc_ where oc_.ancestor_id in " + units + ")";
    }

    /**
     * The versions valid on a date, with their unit's code: a derived table for {@code from ... v} with the
     * columns {@code org_id, code, name, level, unit_type, issuer_symbol} (flattened by PostgreSQL).
     */
    public static String versionsOn(String date) {
        return "(select ov_.org_id, ou_.code, ov_.name, ov_.level, ov_.unit_type, ov_.issuer_symbol"
                + " from org_version ov_ join org_unit ou_ on ou_.id = ov_.org_id where ov_.valid_from <= " + date
                + " and (ov_.valid_to is null or ov_.valid_to > " + date + "))";
    }

    /**
     * The members of the units in the subtree of {@code root} (e.g. {@code "?"}; the root included), a derived
     * table for {@code from ... m} with the columns {@code id, full_name, birth_date, sort_key, search_text, status,
     * situation, org_id} (PostgreSQL flattens it: the member indexes serve the caller's conditions).
     */
    public static String membersWithin(String root) {
        return "(select m_.id, m_.full_name, m_.birth_date, m_.sort_key, m_.search_text, m_.status, m_.situation,"
                + " m_.org_id from member m_ where " + within("m_.org_id", "= " + root) + ")";
    }

    /**
     * Whether the unit is an ancestor of one of the given units (a unit is its own ancestor). {@code units}
     * completes {@code descendant_id ...} as {@code roots} does in {@link #within}.
     */
    public static String above(String orgId, String units) {
        return "exists (select 1 from org_closure oc_ where oc_.ancestor_id = " + orgId + " and oc_.descendant_id "
                + units + ")";
    }

    /**
     * The current tree's pairs of a unit and a unit of its subtree (a unit is its own at depth 0), closed units
     * included at their last place: a derived table for {@code from ... k} with the columns {@code ancestor_id, org_id, depth, code}
     * ({@code code}: the subtree unit's). PostgreSQL flattens it and drops the code's join when unused, so the
     * caller's conditions on {@code ancestor_id}, {@code org_id} and {@code depth} use the closure's indexes.
     */
    public static String closure() {
        return "(select oc_.ancestor_id, oc_.descendant_id as org_id, oc_.depth, ou_.code from org_closure oc_"
                + " left join org_unit ou_ on ou_.id = oc_.descendant_id)";
    }

    /**
     * The live units (a current version) of the current tree with their subtree's root, as {@link #closure} but
     * with the unit's current {@code level}, {@code name} and its official members below it ({@code members}, 0
     * when not counted): a derived table for {@code from ... t} with the columns {@code ancestor_id, org_id,
     * depth, code, name, level, members}. A level filter is the caller's condition ({@code t.level <> ...}).
     */
    public static String live() {
        return "(select oc_.ancestor_id, oc_.descendant_id as org_id, oc_.depth, ou_.code, ov_.name, ov_.level,"
                + " coalesce(cn_.subtree_members, 0) as members from org_closure oc_"
                + " join org_version ov_ on ov_.org_id = oc_.descendant_id and ov_.valid_to is null"
                + " left join org_unit ou_ on ou_.id = oc_.descendant_id"
                + " left join org_counts cn_ on cn_.org_id = oc_.descendant_id)";
    }

    /**
     * The units of the subtree of {@code root} on a date (the root included), following the parents of that
     * date's versions: a derived table for {@code from ... s} with the column {@code org_id}. {@code root} and
     * {@code date} are used once and twice.
     */
    public static String subtreeOn(String root, String date) {
        return "(with recursive sub_ (org_id) as (select cast(" + root + " as bigint) union all"
                + " select ov_.org_id from sub_ join org_version ov_ on ov_.parent_id = sub_.org_id"
                + " and ov_.valid_from <= " + date + " and (ov_.valid_to is null or ov_.valid_to > " + date + ")"
                + " and ov_.org_id <> sub_.org_id) select org_id from sub_)";
    }
}
