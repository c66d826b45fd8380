package vn.daihoi.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.files.ArchiveGroup;
import vn.daihoi.files.CongressFiles;
import vn.daihoi.org.MemberImport;
import vn.daihoi.org.MemberSituation;
import vn.daihoi.org.MemberStatus;
import vn.daihoi.org.Members;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.Sex;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.rules.RuleKey;
import vn.daihoi.rules.RuleParameters;
import vn.daihoi.rules.WorkingDays;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * The personnel proposal on the real database: candidates copied from the member record, the rulebook's
 * ranges and targets turned into warnings with their legal basis, papers checked by content, the
 * candidacy deadline on the working-day calendar, and refused input leaving nothing behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonnelProposalsTest {

    /** The congress opens on a Monday; 15 working days before it is computed by the calendar. */
    static final LocalDate OPENING = LocalDate.of(2025, 6, 23);

    @Autowired
    ApplicationContext context;

    @Autowired
    PersonnelProposals proposals;

    @Autowired
    ProposalReader reader;

    @Autowired
    List<CongressFiles> congressFiles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    RuleParameters rules;

    @LocalServerPort
    int port;

    Province province;
    long caseId;
    long young;
    long senior;
    long newcomer;

    @BeforeAll
    void data() {
        province = new Fixtures(context).province("pers");
        // the case is of the commune; its level is the one whose rulebook rows the test reads
        caseId = jdbc.sql("""
                        insert into congress_case (org_id, term, level, state, window_from, window_to, planned_on,
                            delegate_quota, state_changed_at)
                        values (?, '2025-2030', 'SUPERIOR_OF_GRASSROOTS', 'PREPARING', date '2025-04-01',
                            date '2025-08-31', ?, 5, now())
                        on conflict (org_id, term) do update set level = excluded.level,
                            planned_on = excluded.planned_on, delegate_quota = excluded.delegate_quota
                        returning id""")
                .params(province.communeId(), OPENING)
                .query(Long.class)
                .single();
        young = member("Lò", "Thị", "Hoa", Sex.FEMALE, LocalDate.of(1990, 6, 10), "Thái");
        senior = member("Nguyễn", "Văn", "Cường", Sex.MALE, LocalDate.of(1963, 1, 5), "Kinh");
        newcomer = member("Trần", "Đức", "Minh", Sex.MALE, LocalDate.of(1985, 7, 1), "Kinh");
    }

    long member(String family, String middle, String given, Sex sex, LocalDate born, String ethnicity) {
        long serial = System.nanoTime() % 1_000_000_000L;
        context.getBean(MemberImport.class)
                .load(List.of(new Members.MemberData(
                        family,
                        middle,
                        given,
                        null,
                        sex,
                        born,
                        ethnicity,
                        "Không",
                        String.format("079%09d", serial),
                        null,
                        "NS" + serial,
                        LocalDate.of(2010, 3, 2),
                        LocalDate.of(2011, 3, 2),
                        MemberStatus.OFFICIAL,
                        MemberSituation.ACTIVE,
                        province.cellId())));
        return jdbc.sql("select id from member where party_card_no = ?")
                .param("NS" + serial)
                .query(Long.class)
                .single();
    }

    void signIn() {
        UserDetails u = users.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long candidate(long memberId, boolean firstTime) {
        Long existing = jdbc.sql("select id from personnel_candidate where case_id = ? and member_id = ? and body = ?")
                .params(caseId, memberId, PersonnelBody.EXECUTIVE_COMMITTEE.name())
                .query(Long.class)
                .optional()
                .orElse(null);
        if (existing != null) {
            return existing;
        }
        return proposals.addCandidate(
                caseId,
                new PersonnelRequests.AddCandidate(
                        PersonnelBody.EXECUTIVE_COMMITTEE, memberId, firstTime, false, "Thạc sĩ", "Chủ tịch"));
    }

    @Test
    void aProposalIsMeasuredAgainstTheRulebookAsWarnings() {
        signIn();
        proposals.setBody(
                caseId,
                new PersonnelRequests.SetBody(
                        PersonnelBody.EXECUTIVE_COMMITTEE, 26, Map.of("Khối Đảng", 8, "Chính quyền", 10)));
        candidate(young, true);
        candidate(senior, false);
        candidate(newcomer, true);

        Proposal p = reader.view(caseId);
        // the rulebook's reference month for the level (June 2025 for SUPERIOR_OF_GRASSROOTS)
        String month = rules.value("2025-2030", OrgLevel.SUPERIOR_OF_GRASSROOTS, RuleKey.AGE_REFERENCE_MONTH, OPENING)
                .orElseThrow();
        assertThat(p.referenceMonth()).isEqualTo(YearMonth.parse(month));
        Candidate hoa = p.candidates().stream()
                .filter(c -> c.memberId() == young)
                .findFirst()
                .orElseThrow();
        assertThat(hoa.fullName()).isEqualTo("Lò Thị Hoa");
        assertThat(hoa.birthDate()).isEqualTo(LocalDate.of(1990, 6, 10));
        assertThat(hoa.ethnicity()).isEqualTo("Thái");
        assertThat(p.indicators())
                .filteredOn(i -> i.code() == Indicator.IndicatorCode.WOMEN)
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.count()).isEqualTo(1);
                    assertThat(i.total()).isEqualTo(3);
                });
        assertThat(p.indicators())
                .filteredOn(i -> i.code() == Indicator.IndicatorCode.ETHNIC_MINORITY)
                .singleElement()
                .extracting(Indicator::count)
                .isEqualTo(1);
        String minBasis = rules.inForce("2025-2030", OrgLevel.SUPERIOR_OF_GRASSROOTS, OPENING).stream()
                .filter(r -> r.key() == RuleKey.EXECUTIVE_SIZE_MIN)
                .findFirst()
                .orElseThrow()
                .legalBasis();
        int min = Integer.parseInt(
                rules.value("2025-2030", OrgLevel.SUPERIOR_OF_GRASSROOTS, RuleKey.EXECUTIVE_SIZE_MIN, OPENING)
                        .orElseThrow());
        if (26 < min) {
            assertThat(p.warnings())
                    .filteredOn(f -> f.code().equals("size.min"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.legalBasis()).isEqualTo(minBasis));
        }
        assertThat(p.warnings()).extracting(Finding::code).contains("surplus.short", "reElectionAge");
        assertThat(p.warnings())
                .filteredOn(f -> f.code().equals("reElectionAge"))
                .singleElement()
                .satisfies(f -> assertThat(f.args().getFirst()).isEqualTo("Nguyễn Văn Cường"));
        assertThat(p.bodies())
                .filteredOn(b -> b.body() == PersonnelBody.EXECUTIVE_COMMITTEE)
                .singleElement()
                .satisfies(b -> assertThat(b.structure()).containsEntry("Khối Đảng", 8));
        long audited = jdbc.sql("select count(*) from audit_entry where action = 'PERSONNEL_BODY' and org_id = ?")
                .param(province.communeId())
                .query(Long.class)
                .single();
        assertThat(audited).isPositive();
    }

    @Test
    void aStructureLargerThanTheBodyIsRefusedAndKeepsTheOldOne() {
        signIn();
        proposals.setBody(
                caseId, new PersonnelRequests.SetBody(PersonnelBody.STANDING_COMMITTEE, 9, Map.of("Khối Đảng", 4)));
        Map<String, Integer> tooMany = new LinkedHashMap<>();
        tooMany.put("Khối Đảng", 6);
        tooMany.put("Chính quyền", 6);
        assertThatThrownBy(() -> proposals.setBody(
                        caseId, new PersonnelRequests.SetBody(PersonnelBody.STANDING_COMMITTEE, 9, tooMany)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("personnel.error.structureSum");
                    assertThat(e.arguments()).containsExactly("12", "9");
                });
        assertThat(reader.view(caseId).bodies())
                .filteredOn(b -> b.body() == PersonnelBody.STANDING_COMMITTEE)
                .singleElement()
                .satisfies(b -> assertThat(b.structure()).containsExactly(Map.entry("Khối Đảng", 4)));
        assertThatThrownBy(() -> proposals.setBody(
                        caseId, new PersonnelRequests.SetBody(PersonnelBody.STANDING_COMMITTEE, -1, null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("personnel.error.seats"));
    }

    @Test
    void papersAreCheckedByContentStoredWithTheCandidateAndListedForTheArchive() {
        signIn();
        long id = candidate(newcomer, true);
        byte[] pdf = "%PDF-1.4\n% sơ yếu lý lịch\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        var stored = proposals.attachDocument(caseId, id, Candidate.Kind.CV, "so-yeu-ly-lich.pdf", pdf);
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(reader.document(caseId, stored.id()).bytes()).isEqualTo(pdf);
        List<CongressFiles.CongressFile> archived = congressFiles.stream()
                .flatMap(f -> f.filesOf(caseId).stream())
                .filter(f -> f.storedFileId() == stored.id())
                .toList();
        assertThat(archived).singleElement().satisfies(f -> {
            assertThat(f.group()).isEqualTo(ArchiveGroup.PERSONNEL);
            assertThat(f.title()).isEqualTo("Trần Đức Minh: Sơ yếu lý lịch (so-yeu-ly-lich.pdf)");
        });

        long papers = papersOf(id);
        byte[] notPdf = "MZ này không phải PDF".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> proposals.attachDocument(caseId, id, Candidate.Kind.CV, "gia-mao.pdf", notPdf))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("files.error.uploadType"));
        assertThat(papersOf(id)).isEqualTo(papers);
        assertThat(jdbc.sql("select count(*) from stored_file where filename = 'gia-mao.pdf' and org_id = ?")
                        .param(province.communeId())
                        .query(Long.class)
                        .single())
                .isZero();
        // a stored file that is not one of this case's papers is not served through it
        assertThatThrownBy(() -> reader.document(caseId, -1L))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    long papersOf(long candidateId) {
        return jdbc.sql("select count(*) from personnel_document where candidate_id = ?")
                .param(candidateId)
                .query(Long.class)
                .single();
    }

    @Test
    void aCandidacyIsAcceptedUntilFifteenWorkingDaysBeforeTheOpening() {
        signIn();
        LocalDate last = workingDays.minusWorkingDays(OPENING, 15);
        assertThat(workingDays.workingDaysBetween(last, OPENING)).isEqualTo(15);
        long id = proposals.fileCandidacy(
                caseId,
                new PersonnelRequests.FileCandidacy(
                        PersonnelBody.EXECUTIVE_COMMITTEE, young, Proposal.CandidacyKind.SELF, null, last));
        assertThat(id).isPositive();
        assertThat(reader.view(caseId).lastCandidacyDay()).isEqualTo(last);

        LocalDate late = last.plusDays(1);
        long before = candidacies();
        assertThatThrownBy(() -> proposals.fileCandidacy(
                        caseId,
                        new PersonnelRequests.FileCandidacy(
                                PersonnelBody.EXECUTIVE_COMMITTEE,
                                senior,
                                Proposal.CandidacyKind.NOMINATION,
                                "Chi bộ 3",
                                late)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("personnel.error.candidacyLate");
                    assertThat(e.arguments())
                            .containsExactly(Dates.format(late), Dates.format(last), Dates.format(OPENING));
                });
        assertThat(candidacies()).isEqualTo(before);
        // a nomination must say who nominates
        assertThatThrownBy(() -> proposals.fileCandidacy(
                        caseId,
                        new PersonnelRequests.FileCandidacy(
                                PersonnelBody.EXECUTIVE_COMMITTEE,
                                senior,
                                Proposal.CandidacyKind.NOMINATION,
                                " ",
                                last)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("personnel.error.nominatedBy"));
    }

    long candidacies() {
        return jdbc.sql("select count(*) from personnel_candidacy where case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single();
    }

    @Test
    void theApiShowsTheProposalAndRefusesUnreadableInputInVietnamese() {
        var get = TestAdmin.basic(port, "GET", "/api/congresses/" + caseId + "/personnel");
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).contains("\"indicators\"", "\"warnings\"", "\"lastCandidacyDay\"");
        var bad = TestAdmin.basic(
                port,
                "POST",
                "/api/congresses/" + caseId + "/personnel/bodies",
                "{\"body\":\"KHONG_CO\",\"seats\":\"năm\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Nội dung gửi lên không đọc được");
        var late = TestAdmin.basic(
                port,
                "POST",
                "/api/congresses/" + caseId + "/personnel/candidacies",
                "{\"body\":\"DELEGATE\",\"memberId\":" + newcomer + ",\"kind\":\"SELF\",\"filedOn\":\"2025-06-20\"}");
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("chậm nhất ngày " + Dates.format(workingDays.minusWorkingDays(OPENING, 15)));
    }

    @Test
    void thePageShowsTheProposalAndTakesAPaperByUpload() throws Exception {
        signIn();
        long id = candidate(young, true);
        signOut();
        WebSession web = TestAdmin.session(port);
        var page = web.get("/congresses/" + caseId + "/personnel");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Lò Thị Hoa", "Người dân tộc thiểu số", "Cảnh báo", "Căn cứ:");
        var choices = web.get("/congresses/" + caseId + "/personnel/members?q=Hoa");
        assertThat(choices.statusCode()).isEqualTo(200);
        assertThat(choices.body()).contains("Lò Thị Hoa", "name=\"memberId\"");

        String boundary = "----daihoi" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> fields =
                Map.of("_csrf", web.csrfToken(), "candidateId", Long.toString(id), "kind", "ASSET_DECLARATION");
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                            + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ke-khai.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n% kê khai\n%%EOF\n\r\n--" + boundary
                        + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        String cookie = web.cookie("SESSION")
                .map(v -> "SESSION=" + v)
                .orElseGet(() -> "JSESSIONID=" + web.cookie("JSESSIONID").orElseThrow());
        var upload = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        "http://localhost:" + port + "/congresses/" + caseId + "/personnel/documents"))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .header("Cookie", cookie)
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).isEqualTo(302);
        var after = web.get("/congresses/" + caseId + "/personnel");
        assertThat(after.body()).contains("Đã lưu hồ sơ ứng viên.", "Bản kê khai tài sản: ke-khai.pdf");

        // a late candidacy through the form comes back as the page's error, in Vietnamese, with the last day
        var late = web.post(
                "/congresses/" + caseId + "/personnel/candidacies",
                Map.of(
                        "body",
                        "EXECUTIVE_COMMITTEE",
                        "kind",
                        "SELF",
                        "memberId",
                        Long.toString(newcomer),
                        "filedOn",
                        Dates.format(OPENING.minusDays(1))));
        assertThat(late.statusCode()).isEqualTo(302);
        assertThat(web.get("/congresses/" + caseId + "/personnel").body())
                .contains("là quá hạn", "chậm nhất ngày " + Dates.format(workingDays.minusWorkingDays(OPENING, 15)));
    }

    @Test
    void aRemovedCandidateLeavesTheListAndTheArchiveButIsAudited() {
        signIn();
        long extra = member("Hà", "Văn", "Bỏ", Sex.MALE, LocalDate.of(1978, 2, 2), "Kinh");
        long id = proposals.addCandidate(
                caseId, new PersonnelRequests.AddCandidate(PersonnelBody.DELEGATE, extra, true, null, null, null));
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        long file = proposals
                .attachDocument(caseId, id, Candidate.Kind.CV, "ly-lich.pdf", pdf)
                .id();
        proposals.removeCandidate(caseId, id);
        assertThat(reader.view(caseId).candidates()).noneMatch(c -> c.id() == id);
        assertThat(reader.filesOf(caseId)).noneMatch(f -> f.storedFileId() == file);
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'PERSONNEL_CANDIDATE_REMOVE' and entity_id = ?")
                        .param(Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        assertThatThrownBy(() -> proposals.removeCandidate(caseId, id))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.status()).isEqualTo(404));
    }
}
