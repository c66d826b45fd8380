package vn.daihoi.demo.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.documents.Direction;
import vn.daihoi.documents.DocumentRegister;
import vn.daihoi.documents.DocumentType;
import vn.daihoi.documents.IssuedDocument;
import vn.daihoi.documents.IssuingOrgan;
import vn.daihoi.documents.NewDocument;
import vn.daihoi.files.FileStore;
import vn.daihoi.platform.Dates;
import vn.daihoi.season.CongressState;

/**
 * The paper trail of the sample cases before their congresses: the province's plan 05-KH/TU in the document
 * register, and the dossier (every checklist item's own file and the appraisal's verdict) of every case that
 * submitted one. Files go through {@link FileStore} and the plan through {@link DocumentRegister} signed in as
 * the demo's administrator; the dossier's rows are written with the dates of the case's own history, which the
 * sample wrote already (the dossier module's services would move the case again: see the demo's package
 * description). The results reports and confirmations are {@link SampleResults}'.
 */
final class SampleRecords {

    static final int PLAN_NUMBER = 5;

    /** The services the records go through, and who uses them. */
    record Services(FileStore files, DocumentRegister register, String office) {}

    record Case(long id, long orgId, String name, String level, String kind, CongressState state, Long superior) {}

    private record Item(long id, String code, String title) {}

    private final JdbcClient jdbc;
    private final Services services;

    SampleRecords(JdbcClient jdbc, Services services) {
        this.jdbc = jdbc;
        this.services = services;
    }

    /** Registers the plan the cases cite (Kế hoạch số 05-KH/TU); returns its id. */
    long plan(long provinceId) {
        IssuedDocument plan = services.register()
                .issue(new NewDocument(
                        provinceId,
                        null,
                        IssuingOrgan.BTV,
                        null,
                        DocumentType.KE_HOACH,
                        PLAN_NUMBER,
                        null,
                        SampleCongresses.PLAN_DATE,
                        "Hòa Bình Xanh",
                        "Tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2025-2030",
                        "Ban Thường vụ Tỉnh ủy ban hành kế hoạch tổ chức đại hội đảng bộ, chi bộ các cấp nhiệm kỳ"
                                + " 2025-2030: chi bộ tổ chức đại hội trong tháng 7, đảng bộ xã, phường trong tháng 8,"
                                + " Đại hội Đảng bộ tỉnh từ tháng 9 năm 2025.",
                        null,
                        null,
                        null,
                        "Các đảng ủy trực thuộc Tỉnh ủy, các chi bộ, đảng bộ cơ sở",
                        Direction.OUTGOING,
                        List.of(),
                        null));
        return plan.id();
    }

    /** Every case's dossier, as far as its history went. */
    void write(long provinceId) {
        List<Case> cases = cases(provinceId);
        Map<Long, Map<CongressState, LocalDate>> steps = steps(provinceId);
        for (Case c : cases) {
            Map<CongressState, LocalDate> on = steps.get(c.id());
            if (on.containsKey(CongressState.DOSSIER_SUBMITTED) && !has("dossier_file", c.id())) {
                dossier(c, on);
            }
        }
    }

    private List<Case> cases(long provinceId) {
        return jdbc.sql("""
                        select c.id, c.org_id, v.name, c.level, c.kind, c.state,
                               coalesce(v.superior_id, v.parent_id)
                        from congress_case c
                        join org_closure t on t.descendant_id = c.org_id and t.ancestor_id = ?
                        join org_version v on v.org_id = c.org_id and v.valid_to is null
                        order by c.id""")
                .param(provinceId)
                .query((rs, i) -> new Case(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        CongressState.valueOf(rs.getString(6)),
                        rs.getObject(7, Long.class)))
                .list();
    }

    /** Each case's steps and the day it took them (the first time, for a step taken twice). */
    private Map<Long, Map<CongressState, LocalDate>> steps(long provinceId) {
        Map<Long, Map<CongressState, LocalDate>> out = new HashMap<>();
        jdbc.sql("""
                        select s.case_id, s.to_state, s.effective_on from congress_transition s
                        join congress_case c on c.id = s.case_id
                        join org_closure t on t.descendant_id = c.org_id and t.ancestor_id = ?
                        order by s.at, s.id""").param(provinceId).query(rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(CongressState.class))
                    .putIfAbsent(CongressState.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class));
        });
        return out;
    }

    private boolean has(String table, long caseId) {
        return jdbc.sql("select exists (select 1 from " + table + " where case_id = ?)")
                .param(caseId)
                .query(Boolean.class)
                .single();
    }

    /** Every item's file, and the appraisal's verdict when the case went on to the approval meeting. */
    private void dossier(Case c, Map<CongressState, LocalDate> on) {
        LocalDate submitted = on.get(CongressState.DOSSIER_SUBMITTED);
        List<Item> items = jdbc.sql("""
                        select id, code, title from dossier_item where level = ? and kind = ? and active
                        order by position""")
                .params(c.level(), c.kind())
                .query((rs, i) -> new Item(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
        for (Item i : items) {
            long stored = store(
                    c,
                    i.code().toLowerCase() + ".pdf",
                    SamplePapers.paper(
                            c.name(),
                            i.title(),
                            "Hồ sơ đề nghị cấp trên duyệt đại hội " + c.name() + ": " + i.title() + ".",
                            submitted));
            jdbc.sql("""
                            insert into dossier_file (case_id, item_id, version, stored_file_id, uploaded_at,
                                uploaded_by)
                            values (?, ?, 1, ?, ?, ?)""")
                    .params(c.id(), i.id(), stored, at(submitted), services.office())
                    .update();
        }
        LocalDate ready = on.getOrDefault(CongressState.APPROVAL_MEETING, on.get(CongressState.APPROVED));
        String verdict = ready != null ? "READY" : c.state() == CongressState.RETURNED_FOR_REVISION ? "RETURNED" : null;
        LocalDate verdictOn = ready != null ? ready : on.get(CongressState.RETURNED_FOR_REVISION);
        jdbc.sql("""
                        insert into dossier_round (case_id, round, planned_on, submitted_at, submitted_by, verdict,
                            verdict_at, verdict_by, verdict_note)
                        values (?, 1, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        c.id(),
                        submitted,
                        at(submitted),
                        services.office(),
                        verdict,
                        verdict == null ? null : at(verdictOn),
                        verdict == null ? null : "bantochuc.tinhuy",
                        verdict == null ? null : verdict.equals("READY") ? "Hồ sơ đầy đủ" : "Bổ sung hồ sơ")
                .update();
    }

    /**
     * Stores the case's own paper through the file store (checked, hashed and stamped as it stores any upload:
     * the stored file's time is the load's; the case's rows keep the day it was handed in).
     */
    private long store(Case c, String filename, byte[] pdf) {
        return services.files()
                .store(filename, pdf, c.orgId(), services.office())
                .id();
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(9, 0).atZone(Dates.ZONE).toInstant());
    }
}
