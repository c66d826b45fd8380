package vn.daihoi.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.results.Confirmations;
import vn.daihoi.results.ResultsFileKind;
import vn.daihoi.results.ResultsReports;
import vn.daihoi.results.ResultsRequests;
import vn.daihoi.season.CongressCases;
import vn.daihoi.season.CongressMove;
import vn.daihoi.season.CongressState;

/**
 * Every sample case's steps from its results report on, through the modules' services in the order of their
 * days: the province's office ({@code vanphong.tinhuy}, who manages the units' congresses; the sample has no
 * account per unit) sends the report with the case's own minutes, list of the elected and summary ({@link
 * ResultsReports#submit}), the superior's office records its numbered decision confirming it ({@link
 * Confirmations#confirm}: an office registers its own committee's documents) or the organisation
 * board annuls it ({@link Confirmations#annul}), and the office archives the confirmed case ({@link
 * CongressCases#move}). The days are those of the case's history, typed as an
 * office recording paper decisions would; the records' own times are the load's.
 */
final class SampleResults {

    /** Who annuls results for the units' superiors (decisions are registered by the superior's office). */
    static final String BOARD = "bantochuc.tinhuy";

    /** The office of Xuân Phú commune, which registers its decisions on its cells. */
    static final String COMMUNE_OFFICE = "vanphong.xuanphu";

    /** The services the steps go through. */
    record Services(
            ResultsReports reports, Confirmations confirmations, CongressCases cases, UserDetailsService users) {}

    private record Step(long caseId, long orgId, CongressState to, LocalDate on, int index) {}

    private final JdbcClient jdbc;
    private final Services services;

    SampleResults(JdbcClient jdbc, Services services) {
        this.jdbc = jdbc;
        this.services = services;
    }

    /** Takes every step of the tails, the earliest day first (decisions are numbered as they were signed). */
    int write(List<SampleCongresses.Tail> tails) {
        List<Step> steps = new ArrayList<>();
        for (SampleCongresses.Tail t : tails) {
            for (int i = 0; i < t.steps().size(); i++) {
                steps.add(new Step(
                        t.caseId(), t.orgId(), t.steps().get(i), t.dates().get(i), i));
            }
        }
        steps.sort(Comparator.comparing(Step::on).thenComparingInt(Step::index).thenComparingLong(Step::caseId));
        for (Step s : steps) {
            take(s);
        }
        return steps.size();
    }

    private void take(Step s) {
        switch (s.to()) {
            case RESULT_REPORTED ->
                as(
                        SampleProvince.OFFICE,
                        () -> services.reports().submit(s.caseId(), new ResultsRequests.Report(s.on(), report(s))));
            case CONFIRMED ->
                as(
                        registrar(s.orgId()),
                        () -> services.confirmations()
                                .confirm(s.caseId(), new ResultsRequests.Confirmation(s.on(), null, null, null)));
            case RESULT_ANNULLED ->
                as(
                        BOARD,
                        () -> services.confirmations()
                                .annul(s.caseId(), SampleCongresses.reason(CongressState.RESULT_ANNULLED), s.on()));
            case ARCHIVED ->
                as(
                        SampleProvince.OFFICE,
                        () -> services.cases()
                                .move(s.caseId(), new CongressMove(CongressState.ARCHIVED, s.on(), null, null, null)));
            default -> throw new IllegalStateException("no service step to " + s.to() + " in the sample");
        }
    }

    /**
     * Who records the superior's decision in its register: the office of the superior's committee (the province's
     * or Xuân Phú commune's), the administrator for the communes that have no office account in the sample.
     */
    private String registrar(long orgId) {
        String superior = jdbc.sql("""
                        select s.code from org_version v join org_unit s on s.id = coalesce(v.superior_id, v.parent_id)
                        where v.org_id = ? and v.valid_to is null""").param(orgId).query(String.class).single();
        return switch (superior) {
            case SampleProvince.PROVINCE_CODE -> SampleProvince.OFFICE;
            case SampleSessions.CLERK_UNIT -> COMMUNE_OFFICE;
            default -> SampleProvince.ADMINISTRATOR;
        };
    }

    /** The report's files: the case's own minutes, list of the elected and summary. */
    private List<ResultsRequests.Upload> report(Step s) {
        String unit = jdbc.sql("select name from org_version where org_id = ? and valid_to is null")
                .param(s.orgId())
                .query(String.class)
                .single();
        List<ResultsRequests.Upload> files = new ArrayList<>();
        for (ResultsFileKind kind :
                List.of(ResultsFileKind.MINUTES, ResultsFileKind.ELECTED_LIST, ResultsFileKind.SUMMARY)) {
            files.add(new ResultsRequests.Upload(
                    kind,
                    kind.name().toLowerCase().replace('_', '-') + ".pdf",
                    SamplePapers.paper(
                            unit,
                            title(kind),
                            "Báo cáo kết quả đại hội " + unit + " gửi cấp trên: " + title(kind) + ".",
                            s.on())));
        }
        return files;
    }

    static String title(ResultsFileKind kind) {
        return switch (kind) {
            case MINUTES -> "Biên bản đại hội";
            case ELECTED_LIST -> "Danh sách trúng cử ban chấp hành và các chức danh";
            case COUNT_MINUTES -> "Biên bản kiểm phiếu";
            case SUMMARY -> "Báo cáo tóm tắt kết quả đại hội";
            case DECISION -> "Quyết định chuẩn y kết quả đại hội";
        };
    }

    private void as(String username, Runnable work) {
        SignedIn.as(services.users(), username, () -> {
            work.run();
            return null;
        });
    }
}
