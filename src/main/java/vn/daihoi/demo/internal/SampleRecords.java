package vn.daihoi.demo.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import vn.daihoi.results.ResultsFileKind;
import vn.daihoi.season.CongressState;

/**
 * The paper trail of every sample case, as far as its history went: the province's plan 05-KH/TU in the
 * document register, the dossier (every checklist item's file and the appraisal's verdict) of every case that
 * submitted one, the results report of every case that sent one and the superior's numbered decision for every
 * confirmed case, so the archive of an archived case holds its files. Files go through {@link FileStore} and
 * documents through {@link DocumentRegister} signed in as the demo's administrator (numbers, symbols, audit as
 * the modules keep them); the rows tying them to a case are written with the dates of the case's own history,
 * which the sample wrote already (the modules' services would move the case again).
 */
final class SampleRecords {

    static final int PLAN_NUMBER = 5;

    /** The services the records go through, and who uses them. */
    record Services(FileStore files, DocumentRegister register, String office) {}

    record Case(long id, long orgId, String name, String level, String kind, CongressState state, Long superior) {}

    private record Item(long id, String code, String title) {}

    private final JdbcClient jdbc;
    private final Services services;
    /** One PDF per kind of paper: rendering each of the thousand files anew would take the demo minutes. */
    private final Map<String, byte[]> pdfs = new HashMap<>();

    SampleRecords(JdbcClient jdbc, Services services) {
        this.jdbc = jdbc;
        this.services = services;
    }

    /** Registers the plan the cases cite (Kế hoạch số 05-KH/TU), then every case's papers; returns the plan's id. */
    long write(long provinceId) {
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
        List<Case> cases = cases(provinceId);
        Map<Long, Map<CongressState, LocalDate>> steps = steps(provinceId);
        List<Case> confirmed = new ArrayList<>();
        for (Case c : cases) {
            Map<CongressState, LocalDate> on = steps.get(c.id());
            if (on.containsKey(CongressState.DOSSIER_SUBMITTED) && !has("dossier_file", c.id())) {
                dossier(c, on);
            }
            if (on.containsKey(CongressState.RESULT_REPORTED) && !has("results_file", c.id())) {
                report(c, on.get(CongressState.RESULT_REPORTED));
            }
            if (on.containsKey(CongressState.CONFIRMED)) {
                confirmed.add(c);
            }
        }
        // decisions are numbered in the order they were signed
        confirmed.sort(Comparator.comparing((Case c) -> steps.get(c.id()).get(CongressState.CONFIRMED))
                .thenComparing(Case::id));
        for (Case c : confirmed) {
            confirm(c, steps.get(c.id()).get(CongressState.CONFIRMED));
        }
        return plan.id();
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
            long stored = store(c, i.code().toLowerCase() + ".pdf", i.title() + ", nhiệm kỳ 2025-2030", submitted);
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

    /** The report sent up after the congress: its minutes, the list of the elected and the summary. */
    private void report(Case c, LocalDate reported) {
        for (ResultsFileKind kind :
                List.of(ResultsFileKind.MINUTES, ResultsFileKind.ELECTED_LIST, ResultsFileKind.SUMMARY)) {
            long stored = store(c, kind.name().toLowerCase().replace('_', '-') + ".pdf", title(kind), reported);
            jdbc.sql("""
                            insert into results_file (case_id, kind, stored_file_id, added_at, added_by)
                            values (?, ?, ?, ?, ?)""")
                    .params(c.id(), kind.name(), stored, at(reported), services.office())
                    .update();
        }
    }

    /** The superior's standing committee's decision confirming the results, numbered by the register. */
    private void confirm(Case c, LocalDate decided) {
        IssuedDocument decision = services.register()
                .issue(new NewDocument(
                        c.superior(),
                        null,
                        IssuingOrgan.BTV,
                        null,
                        DocumentType.QUYET_DINH,
                        null,
                        null,
                        decided,
                        null,
                        "Về việc chuẩn y kết quả đại hội " + c.name() + " nhiệm kỳ 2025-2030",
                        "Chuẩn y kết quả đại hội " + c.name() + " nhiệm kỳ 2025-2030.",
                        null,
                        null,
                        null,
                        c.name(),
                        Direction.OUTGOING,
                        List.of(),
                        null));
        jdbc.sql("""
                        insert into results_confirmation (case_id, document_id, confirmed_on, confirmed_by)
                        values (?, ?, ?, ?)""").params(c.id(), decision.id(), decided, services.office()).update();
    }

    private static String title(ResultsFileKind kind) {
        return switch (kind) {
            case MINUTES -> "Biên bản đại hội nhiệm kỳ 2025-2030";
            case ELECTED_LIST -> "Danh sách trúng cử ban chấp hành và các chức danh nhiệm kỳ 2025-2030";
            case COUNT_MINUTES -> "Biên bản kiểm phiếu";
            case SUMMARY -> "Báo cáo tóm tắt kết quả đại hội nhiệm kỳ 2025-2030";
            case DECISION -> "Quyết định chuẩn y kết quả đại hội";
        };
    }

    /** Stores a file through the file store, dated the day it was handed in. */
    private long store(Case c, String filename, String text, LocalDate on) {
        byte[] bytes = pdfs.computeIfAbsent(text, SampleDossiers::pdf);
        long id = services.files()
                .store(filename, bytes, c.orgId(), services.office())
                .id();
        jdbc.sql("update stored_file set stored_at = ? where id = ?")
                .params(at(on), id)
                .update();
        return id;
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(9, 0).atZone(Dates.ZONE).toInstant());
    }
}
