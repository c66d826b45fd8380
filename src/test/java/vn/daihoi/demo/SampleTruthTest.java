package vn.daihoi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.archive.ArchiveIndex;
import vn.daihoi.archive.ArchiveVerification;
import vn.daihoi.archive.CongressArchive;
import vn.daihoi.archive.VerificationReport;
import vn.daihoi.keying.KeyingTeams;
import vn.daihoi.season.CongressState;

/**
 * Every sample case's papers and congress days match its state: what a user opening the case sees is what its
 * history says happened (a table state → artefacts; an artefact of a later step is a mismatch too).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleTruthTest {

    /** What a case holds once it has gone through the step that produces it. */
    enum Artefact {
        /** Every checklist item's file and a submitted round. */
        DOSSIER,
        /** The appraisal found the dossier ready. */
        DOSSIER_READY,
        /** The roll of the (preparatory) session. */
        ROLL,
        /** Members checked in when the congress sat. */
        CHECK_INS,
        /** The results report: minutes and list of the elected. */
        RESULTS,
        /** The superior's decision, registered, confirming the results. */
        CONFIRMATION
    }

    /** The table: the artefacts each state must have, and no other. */
    static Set<Artefact> expected(CongressState state) {
        return switch (state) {
            case PLAN_ISSUED, PREPARING, INTERNAL_ADOPTED, COMMITTEE_APPOINTED, DISSOLVED, MERGED ->
                EnumSet.noneOf(Artefact.class);
            case DOSSIER_SUBMITTED, UNDER_APPRAISAL, RETURNED_FOR_REVISION -> EnumSet.of(Artefact.DOSSIER);
            case APPROVAL_MEETING, APPROVED, CONVENED, POSTPONED ->
                EnumSet.of(Artefact.DOSSIER, Artefact.DOSSIER_READY);
            case PREPARATORY_SESSION -> EnumSet.of(Artefact.DOSSIER, Artefact.DOSSIER_READY, Artefact.ROLL);
            case IN_SESSION, CLOSED, FIRST_COMMITTEE_MEETING ->
                EnumSet.of(Artefact.DOSSIER, Artefact.DOSSIER_READY, Artefact.ROLL, Artefact.CHECK_INS);
            case RESULT_REPORTED, RESULT_ANNULLED ->
                EnumSet.of(
                        Artefact.DOSSIER, Artefact.DOSSIER_READY, Artefact.ROLL, Artefact.CHECK_INS, Artefact.RESULTS);
            case CONFIRMED, ARCHIVED -> EnumSet.allOf(Artefact.class);
        };
    }

    record Found(
            long id,
            String code,
            String state,
            int items,
            int files,
            int rounds,
            boolean ready,
            int roll,
            int checkins,
            int minutes,
            int electedLists,
            String decision) {

        Set<Artefact> artefacts() {
            Set<Artefact> out = EnumSet.noneOf(Artefact.class);
            if (rounds > 0 && items > 0 && files >= items) {
                out.add(Artefact.DOSSIER);
            }
            if (ready) {
                out.add(Artefact.DOSSIER_READY);
            }
            if (roll > 0) {
                out.add(Artefact.ROLL);
            }
            if (checkins > 0) {
                out.add(Artefact.CHECK_INS);
            }
            if (minutes > 0 && electedLists > 0) {
                out.add(Artefact.RESULTS);
            }
            if (decision != null) {
                out.add(Artefact.CONFIRMATION);
            }
            return out;
        }
    }

    @Autowired
    DemoData demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CongressArchive archive;

    @Autowired
    ArchiveVerification verification;

    @Autowired
    KeyingTeams teams;

    @Autowired
    UserDetailsService users;

    @Autowired
    java.time.Clock clock;

    @BeforeEach
    void load() {
        demo.load(DemoData.Scale.SAMPLE);
    }

    @Test
    void everySampleCaseHoldsWhatItsStateSaysHappened() {
        List<Found> cases = jdbc.sql("""
                        select c.id, u.code, c.state,
                          (select count(*) from dossier_item i where i.level = c.level and i.kind = c.kind
                             and i.active) items,
                          (select count(distinct f.item_id) from dossier_file f where f.case_id = c.id) files,
                          (select count(*) from dossier_round r where r.case_id = c.id) rounds,
                          exists (select 1 from dossier_round r where r.case_id = c.id and r.verdict = 'READY') ready,
                          (select count(*) from roll_entry r where r.case_id = c.id) roll,
                          (select count(*) from roll_checkin k join roll_entry r on r.id = k.roll_entry_id
                             where r.case_id = c.id) checkins,
                          (select count(*) from results_file f where f.case_id = c.id and f.kind = 'MINUTES') minutes,
                          (select count(*) from results_file f where f.case_id = c.id and f.kind = 'ELECTED_LIST')
                             elected_lists,
                          (select d.symbol from results_confirmation r join document d on d.id = r.document_id
                             where r.case_id = c.id) decision
                        from congress_case c join org_unit u on u.id = c.org_id
                        where u.code like 'HBX%' order by u.code""").query(Found.class).list();
        assertThat(cases).hasSizeGreaterThan(100);
        List<String> mismatches = new ArrayList<>();
        for (Found c : cases) {
            Set<Artefact> want = expected(CongressState.valueOf(c.state()));
            Set<Artefact> have = c.artefacts();
            if (!want.equals(have)) {
                Set<Artefact> missing = EnumSet.copyOf(want);
                missing.removeAll(have);
                Set<Artefact> extra = EnumSet.copyOf(have);
                extra.removeAll(want);
                mismatches.add(c.code() + " " + c.state() + ": missing " + missing + ", too early " + extra);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void thePlanTheCasesCiteIsInTheRegister() {
        String cited = jdbc.sql("""
                        select distinct t.reason from congress_transition t join congress_case c on c.id = t.case_id
                        join org_unit u on u.id = c.org_id where u.code like 'HBX%' and t.from_state is null""").query(String.class).single();
        List<String> plans = jdbc.sql("""
                        select d.symbol from document d join org_unit u on u.id = d.issuer_org_id
                        where u.code = 'HBX' and d.type = 'KE_HOACH' and d.issued_on = date '2025-07-02'""").query(String.class).list();
        assertThat(plans).containsExactly("05-KH/TU");
        assertThat(cited).contains(plans.getFirst());
    }

    @Test
    void anArchivedCaseExportsItsFilesAndTheExportVerifiesIntact() {
        long caseId = jdbc.sql("""
                        select c.id from congress_case c join org_unit u on u.id = c.org_id
                        where u.code like 'HBX%' and c.state = 'ARCHIVED' order by u.code limit 1""").query(Long.class).single();
        signIn("quantri.hbx");
        try {
            CongressArchive.Export export = archive.export(caseId);
            // the dossier's items, the results report's three files and the confirming decision
            assertThat(export.index().entries()).hasSizeGreaterThanOrEqualTo(5);
            VerificationReport report = verification.verify(export.bytes());
            assertThat(report.findings()).isEmpty();
            assertThat(report.filesChecked()).isEqualTo(export.index().entries().size());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void theCommunesCountingClerkHasARoundToKey() {
        signIn("kiemphieu.xuanphu");
        try {
            List<KeyingTeams.MyRound> mine = teams.mine();
            assertThat(mine).hasSize(1);
            assertThat(mine.getFirst().open()).isTrue();
            assertThat(mine.getFirst().team()).isEqualTo(1);
            long caseId = mine.getFirst().sheet().caseId();
            assertThat(jdbc.sql("""
                            select c.state from congress_case c
                            join org_closure t on t.descendant_id = c.org_id
                            join org_unit x on x.id = t.ancestor_id and x.code = 'HBX.X01' where c.id = ?""").param(caseId).query(String.class).single()).isEqualTo("IN_SESSION");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Every stored file of the sample's dossiers and results reports, with its case. */
    record CaseFile(long caseId, String code, String unit, String state, String source, long storedId, String sha256) {}

    private List<CaseFile> caseFiles() {
        return jdbc.sql("""
                        select c.id case_id, u.code, v.name unit, c.state, f.source, s.id stored_id, s.sha256
                        from (select case_id, stored_file_id, 'dossier' source from dossier_file
                              union all select case_id, stored_file_id, 'results' from results_file) f
                        join stored_file s on s.id = f.stored_file_id
                        join congress_case c on c.id = f.case_id
                        join org_unit u on u.id = c.org_id
                        join org_version v on v.org_id = c.org_id and v.valid_to is null
                        where u.code like 'HBX%' order by u.code, f.source, s.id""").query(CaseFile.class).list();
    }

    @Test
    void everyCasesPapersAreItsOwnAndNameItsUnitAndTerm() throws Exception {
        List<CaseFile> files = caseFiles();
        assertThat(files).hasSizeGreaterThan(500);
        // no file is shared by two cases: each case's papers are made for it
        Map<String, Set<Long>> casesOfContent = new HashMap<>();
        files.forEach(f ->
                casesOfContent.computeIfAbsent(f.sha256(), k -> new HashSet<>()).add(f.caseId()));
        assertThat(casesOfContent.entrySet().stream()
                        .filter(e -> e.getValue().size() > 1)
                        .toList())
                .isEmpty();
        // a cell's and a commune's papers of both kinds say whose they are
        List<CaseFile> read = new ArrayList<>();
        for (boolean cell : List.of(true, false)) {
            long caseId = jdbc.sql("""
                            select c.id from congress_case c join org_unit u on u.id = c.org_id
                            where u.code like 'HBX%' and c.state = 'ARCHIVED' and (c.level like '%CELL') = ?
                            order by u.code limit 1""").param(cell).query(Long.class).single();
            read.addAll(files.stream().filter(f -> f.caseId() == caseId).toList());
        }
        assertThat(read.stream().map(CaseFile::source).distinct()).containsExactlyInAnyOrder("dossier", "results");
        for (CaseFile f : read) {
            byte[] bytes = jdbc.sql("select bytes from stored_file where id = ?")
                    .param(f.storedId())
                    .query(byte[].class)
                    .single();
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(text)
                        .as("%s file %d of %s", f.source(), f.storedId(), f.code())
                        .contains("Đại hội " + f.unit() + " nhiệm kỳ 2025-2030");
            }
        }
    }

    @Test
    void reportsAndConfirmationsWentThroughTheResultsServicesAsTheirUsers() {
        record Audited(String code, String state, long reports, long confirmations, long archived) {}
        List<Audited> cases = jdbc.sql("""
                        select u.code, c.state,
                          (select count(*) from audit_entry a where a.entity_type = 'congress_case'
                             and a.entity_id = c.id::text and a.action = 'RESULTS_REPORT'
                             and a.actor = 'vanphong.tinhuy') reports,
                          (select count(*) from audit_entry a where a.entity_type = 'congress_case'
                             and a.entity_id = c.id::text and a.action = 'RESULTS_CONFIRM'
                             and a.actor in ('vanphong.tinhuy', 'vanphong.xuanphu', 'quantri.hbx')) confirmations,
                          (select count(*) from congress_transition t where t.case_id = c.id
                             and t.to_state = 'ARCHIVED' and t.username = 'vanphong.tinhuy' and t.user_id is not null)
                             archived
                        from congress_case c join org_unit u on u.id = c.org_id
                        where u.code like 'HBX%' and exists (select 1 from congress_transition t
                          where t.case_id = c.id and t.to_state = 'RESULT_REPORTED')
                        order by u.code""").query(Audited.class).list();
        assertThat(cases).hasSizeGreaterThan(50);
        List<String> wrong = new ArrayList<>();
        for (Audited c : cases) {
            CongressState state = CongressState.valueOf(c.state());
            boolean confirmed = state == CongressState.CONFIRMED || state == CongressState.ARCHIVED;
            if (c.reports() != 1
                    || c.confirmations() != (confirmed ? 1 : 0)
                    || c.archived() != (state == CongressState.ARCHIVED ? 1 : 0)) {
                wrong.add(c.toString());
            }
        }
        assertThat(wrong).isEmpty();
        // decisions are numbered in the order they were signed
        List<java.time.LocalDate> signed =
                jdbc.sql("""
                        select d.issued_on from results_confirmation r join document d on d.id = r.document_id
                        join congress_case c on c.id = r.case_id join org_unit u on u.id = c.org_id
                        where u.code like 'HBX%' and d.issuer_org_id = (select id from org_unit where code = 'HBX')
                        order by d.number""").query(java.time.LocalDate.class).list();
        assertThat(signed).isNotEmpty().isSorted();
    }

    @Test
    void dossiersWentThroughTheDossierServicesRecordedFromPaper() {
        record Audited(
                String code,
                long rounds,
                long verdicts,
                long concluded,
                long files,
                long uploads,
                long paper,
                long steps,
                long at) {}
        List<Audited> cases = jdbc.sql("""
                        select u.code,
                          (select count(*) from dossier_round r where r.case_id = c.id) rounds,
                          (select count(*) from dossier_round r where r.case_id = c.id and r.verdict is not null)
                             verdicts,
                          (select count(*) from approval_meeting_unit m where m.case_id = c.id
                             and m.conclusion_symbol is not null) concluded,
                          (select count(*) from dossier_file f where f.case_id = c.id) files,
                          (select count(*) from audit_entry a where a.entity_type = 'congress_case'
                             and a.entity_id = c.id::text and a.action = 'DOSSIER_UPLOAD'
                             and a.actor = 'vanphong.tinhuy') uploads,
                          (select count(*) from audit_entry a where a.entity_type = 'congress_case'
                             and a.entity_id = c.id::text and a.action = 'DOSSIER_PAPER'
                             and a.summary like 'Ghi nhận hồ sơ giấy%') paper,
                          (select count(*) from congress_transition t where t.case_id = c.id and t.user_id is not null
                             and t.to_state in ('DOSSIER_SUBMITTED', 'UNDER_APPRAISAL', 'APPROVAL_MEETING',
                                                'RETURNED_FOR_REVISION')) steps,
                          (select count(*) from congress_transition t where t.case_id = c.id
                             and t.to_state = 'DOSSIER_SUBMITTED' and t.effective_on = (r1.submitted_at
                             at time zone 'Asia/Ho_Chi_Minh')::date) at
                        from congress_case c join org_unit u on u.id = c.org_id
                        join dossier_round r1 on r1.case_id = c.id and r1.round = 1
                        where u.code like 'HBX%' order by u.code""").query(Audited.class).list();
        assertThat(cases).hasSizeGreaterThan(50);
        List<String> wrong = new ArrayList<>();
        for (Audited c : cases) {
            // every file uploaded by the office, the submission, the verdict and the approval's conclusion recorded
            // from paper, the case moved
            // by the state machine at the day the round says
            if (c.files() == 0
                    || c.uploads() != c.files()
                    || c.paper() != c.rounds() + c.verdicts() + c.concluded()
                    || c.steps() < c.rounds() + 2 * c.verdicts()
                    || c.at() != 1) {
                wrong.add(c.toString());
            }
        }
        assertThat(wrong).isEmpty();
        // the verdicts are the organisation board's, who appraises for the standing committee
        assertThat(jdbc.sql("""
                        select distinct r.verdict_by from dossier_round r join congress_case c on c.id = r.case_id
                        join org_unit u on u.id = c.org_id where u.code like 'HBX%' and r.verdict is not null""").query(String.class).list()).containsExactly("bantochuc.tinhuy");
    }

    @Test
    void theApprovedCasesDossierHoldsAFilePerChecklistItem() {
        long caseId = jdbc.sql("""
                        select m.case_id from approval_meeting_unit m join congress_case c on c.id = m.case_id
                        join org_unit u on u.id = c.org_id where u.code like 'HBX%' and m.conclusion_symbol is not null
                        order by u.code limit 1""").query(Long.class).single();
        List<String> missing = jdbc.sql("""
                        select i.code from dossier_item i join congress_case c on c.level = i.level and c.kind = i.kind
                        where c.id = ? and i.active and not exists (select 1 from dossier_file f
                          where f.case_id = c.id and f.item_id = i.id)""").param(caseId).query(String.class).list();
        assertThat(missing).isEmpty();
        assertThat(jdbc.sql("select count(*) from dossier_file where case_id = ?")
                        .param(caseId)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(9);
        assertThat(jdbc.sql("select verdict from dossier_round where case_id = ?")
                        .param(caseId)
                        .query(String.class)
                        .list())
                .containsExactly("READY");
        // its meeting scheduled and its notice registered through the dossier module, at the day of its approval
        assertThat(jdbc.sql("""
                        select count(*) from approval_meeting m join approval_meeting_unit a on a.meeting_id = m.id
                        join document d on d.id = a.conclusion_document_id
                        join congress_transition t on t.case_id = a.case_id and t.to_state = 'APPROVED'
                        where a.case_id = ? and d.issued_on = m.meets_on and t.effective_on = m.meets_on
                          and t.user_id is not null and d.symbol like '21-TB/%'""").param(caseId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theCellSittingTodayHasItsRollAndCheckInsFromTheRollModule() {
        record Sitting(long id, java.time.LocalDate openedOn, long entries, long checkins, long byOffice, long fills) {}
        Sitting s = jdbc.sql("""
                        select c.id, c.opened_on,
                          (select count(*) from roll_entry r where r.case_id = c.id) entries,
                          (select count(*) from roll_checkin k join roll_entry r on r.id = k.roll_entry_id
                             where r.case_id = c.id) checkins,
                          (select count(*) from roll_checkin k join roll_entry r on r.id = k.roll_entry_id
                             where r.case_id = c.id and k.username = 'vanphong.xuanphu') by_office,
                          (select count(*) from audit_entry a where a.entity_type = 'congress_case'
                             and a.entity_id = c.id::text and a.action = 'ROLL_FILL' and a.actor = 'vanphong.xuanphu')
                             fills
                        from congress_case c join org_unit u on u.id = c.org_id
                        where u.code = 'HBX.DX.01.T3'""").query(Sitting.class).single();
        // it sits on the day of the load, its roll filled by the commune's office and checked in at the door
        assertThat(s.openedOn()).isEqualTo(java.time.LocalDate.now(clock));
        assertThat(s.entries()).isGreaterThan(2);
        assertThat(s.fills()).isEqualTo(1);
        assertThat(s.checkins()).isEqualTo(s.entries() > 10 ? s.entries() - 2 : s.entries());
        assertThat(s.byOffice()).isEqualTo(s.checkins());
    }

    @Test
    void archivedCasesExportTheirOwnFilesAndVerifyIntact() {
        List<Long> archived = jdbc.sql("""
                        select distinct on (c.level) c.id from congress_case c join org_unit u on u.id = c.org_id
                        where u.code like 'HBX%' and c.state = 'ARCHIVED' order by c.level, u.code""").query(Long.class).list();
        assertThat(archived).hasSizeGreaterThanOrEqualTo(2);
        signIn("quantri.hbx");
        try {
            for (long caseId : archived) {
                Set<Long> own = new HashSet<>(caseFiles().stream()
                        .filter(f -> f.caseId() == caseId)
                        .map(CaseFile::storedId)
                        .toList());
                CongressArchive.Export export = archive.export(caseId);
                Set<Long> exported = new HashSet<>(export.index().entries().stream()
                        .filter(e -> e.source() == ArchiveIndex.Source.STORED_FILE)
                        .map(ArchiveIndex.Entry::sourceId)
                        .toList());
                // the latest version of every dossier item and every results file
                assertThat(own).as("case %d", caseId).hasSizeGreaterThanOrEqualTo(5);
                assertThat(exported).as("case %d", caseId).containsAll(own);
                VerificationReport report = verification.verify(export.bytes());
                assertThat(report.findings()).as("case %d", caseId).isEmpty();
                assertThat(report.filesChecked())
                        .isEqualTo(export.index().entries().size());
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
