package vn.daihoi.personnel;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.files.FileStore;
import vn.daihoi.files.StoredFile;
import vn.daihoi.org.Members;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.rules.WorkingDays;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;

/**
 * Edits the personnel proposal of a congress case: bodies' seats and structure, candidates from the member
 * record and their papers, candidacies outside the proposal. Each call checks PERSONNEL_EDIT on the case's
 * unit first, runs in one transaction and is audited; reading is {@link ProposalReader}.
 */
@Service
public class PersonnelProposals {

    /** Working days before the opening by which a candidacy outside the proposal must be filed. */
    public static final int CANDIDACY_LEAD_WORKING_DAYS = 15;

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final CongressCases cases;
    private final Members members;
    private final FileStore files;
    private final WorkingDays workingDays;
    private final AuditLog audit;
    private final Clock clock;

    PersonnelProposals(
            JdbcClient jdbc,
            AccessControl access,
            CongressCases cases,
            Members members,
            FileStore files,
            WorkingDays workingDays,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.cases = cases;
        this.members = members;
        this.files = files;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    /** Refuses (403, 404) unless the current user may edit the case's proposal: a page form checks this first. */
    public void requireEditable(long caseId) {
        editable(caseId);
    }

    /** The case, once the current user may edit its personnel proposal. */
    CongressCase editable(long caseId) {
        CongressCase c = cases.find(caseId).orElseThrow(() -> DomainException.notFound("personnel.error.case", caseId));
        access.require(Permission.PERSONNEL_EDIT, c.orgId());
        return c;
    }

    @Transactional
    public void setBody(long caseId, PersonnelRequests.SetBody request) {
        CongressCase c = editable(caseId);
        if (request.body() == null) {
            throw new DomainException("personnel.error.body");
        }
        if (request.seats() == null || request.seats() < 0 || request.seats() > 2000) {
            throw new DomainException("personnel.error.seats", String.valueOf(request.seats()));
        }
        Map<String, Integer> structure = checkedStructure(request.structure(), request.seats());
        String user = access.requireUser().getUsername();
        long bodyId = jdbc.sql("""
                        insert into personnel_body (case_id, body, seats, updated_by, updated_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (case_id, body) do update
                        set seats = excluded.seats, updated_by = excluded.updated_by, updated_at = excluded.updated_at
                        returning id""")
                .params(caseId, request.body().name(), request.seats(), user, Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        if (structure != null) {
            jdbc.sql("delete from personnel_structure where body_id = ?")
                    .param(bodyId)
                    .update();
            structure.forEach((category, seats) -> jdbc.sql(
                            "insert into personnel_structure (body_id, category, seats) values (?, ?, ?)")
                    .params(bodyId, category, seats)
                    .update());
        }
        audit.record(AuditLog.Change.of(
                        "PERSONNEL_BODY",
                        "personnel_body",
                        bodyId,
                        c.orgId(),
                        "Đề án nhân sự " + c.orgName() + " nhiệm kỳ " + c.term() + ": " + request.body() + " "
                                + request.seats() + " người")
                .withDetails("structure=" + structure));
    }

    /**
     * Takes a body (its size and structure) off the proposal. A body that still lists candidates is refused
     * with their number: they are taken off first, one by one, so that nobody leaves the proposal unnoticed.
     */
    @Transactional
    public void removeBody(long caseId, PersonnelBody body) {
        CongressCase c = editable(caseId);
        if (body == null) {
            throw new DomainException("personnel.error.body");
        }
        Long bodyId = jdbc.sql("select id from personnel_body where case_id = ? and body = ? for update")
                .params(caseId, body.name())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound(
                        "personnel.error.bodyNotFound",
                        new org.springframework.context.support.DefaultMessageSourceResolvable(body.labelKey())));
        int candidates = jdbc.sql("select count(*) from personnel_candidate where case_id = ? and body = ?")
                .params(caseId, body.name())
                .query(Integer.class)
                .single();
        if (candidates > 0) {
            throw DomainException.conflict(
                    "personnel.error.bodyHasCandidates",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(body.labelKey()),
                    String.valueOf(candidates));
        }
        // its structure goes with it (on delete cascade)
        jdbc.sql("delete from personnel_body where id = ?").param(bodyId).update();
        audit.record(AuditLog.Change.of(
                "PERSONNEL_BODY_REMOVE",
                "personnel_body",
                bodyId,
                c.orgId(),
                "Đề án nhân sự " + c.orgName() + " nhiệm kỳ " + c.term() + ": bỏ " + body));
    }

    /** Categories trimmed and unique, seats not negative, their sum not above the body's seats. */
    private static Map<String, Integer> checkedStructure(Map<String, Integer> structure, int seats) {
        if (structure == null) {
            return null;
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        long sum = 0;
        for (Map.Entry<String, Integer> e : structure.entrySet()) {
            String category = e.getKey() == null ? "" : e.getKey().strip();
            if (category.isEmpty() || category.length() > 200) {
                throw new DomainException("personnel.error.category");
            }
            Integer n = e.getValue();
            if (n == null || n < 0 || n > 2000) {
                throw new DomainException("personnel.error.categorySeats", category, String.valueOf(n));
            }
            if (out.put(category, n) != null) {
                throw new DomainException("personnel.error.categoryTwice", category);
            }
            sum += n;
        }
        if (sum > seats) {
            throw new DomainException("personnel.error.structureSum", String.valueOf(sum), String.valueOf(seats));
        }
        return out;
    }

    /** Adds a member as a candidate of a body, copying name, sex, birth date and ethnicity from the record. */
    @Transactional
    public long addCandidate(long caseId, PersonnelRequests.AddCandidate request) {
        CongressCase c = editable(caseId);
        if (request.body() == null) {
            throw new DomainException("personnel.error.body");
        }
        if (request.memberId() == null) {
            throw new DomainException("personnel.error.member");
        }
        Members.MemberDetail m = members.get(request.memberId());
        boolean already =
                jdbc.sql("select count(*) from personnel_candidate where case_id = ? and body = ? and member_id = ?")
                                .params(caseId, request.body().name(), m.id())
                                .query(Integer.class)
                                .single()
                        > 0;
        if (already) {
            throw DomainException.conflict("personnel.error.candidateTwice", m.fullName());
        }
        long id = jdbc.sql("""
                        insert into personnel_candidate (case_id, body, member_id, full_name, sex, birth_date,
                            ethnicity, first_time, science_cadre, education, position, added_by, added_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        caseId,
                        request.body().name(),
                        m.id(),
                        m.fullName(),
                        m.data().sex().name(),
                        m.data().birthDate(),
                        m.data().ethnicity(),
                        Boolean.TRUE.equals(request.firstTime()),
                        Boolean.TRUE.equals(request.scienceCadre()),
                        text(request.education(), 200),
                        text(request.position(), 300),
                        access.requireUser().getUsername(),
                        Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.record(AuditLog.Change.of(
                "PERSONNEL_CANDIDATE",
                "personnel_candidate",
                id,
                c.orgId(),
                "Đề án nhân sự " + c.orgName() + ": thêm " + m.fullName() + " vào " + request.body()));
        return id;
    }

    /**
     * Takes a candidate off the proposal with the links to their papers; the stored files themselves stay
     * (the audit log names them), they are only no longer part of the congress file.
     */
    @Transactional
    public void removeCandidate(long caseId, Long candidateId) {
        CongressCase c = editable(caseId);
        String name = candidateId == null
                ? null
                : jdbc.sql("select full_name from personnel_candidate where id = ? and case_id = ?")
                        .params(candidateId, caseId)
                        .query(String.class)
                        .optional()
                        .orElse(null);
        if (name == null) {
            throw DomainException.notFound("personnel.error.candidate", String.valueOf(candidateId));
        }
        List<Long> papers = jdbc.sql("delete from personnel_document where candidate_id = ? returning stored_file_id")
                .param(candidateId)
                .query(Long.class)
                .list();
        jdbc.sql("delete from personnel_candidate where id = ?")
                .param(candidateId)
                .update();
        audit.record(AuditLog.Change.of(
                        "PERSONNEL_CANDIDATE_REMOVE",
                        "personnel_candidate",
                        candidateId,
                        c.orgId(),
                        "Đề án nhân sự " + c.orgName() + ": bỏ " + name)
                .withDetails("storedFiles=" + papers));
    }

    /** Stores a candidate's paper (checked by content by {@link FileStore}) with the candidate, together. */
    @Transactional
    public StoredFile attachDocument(
            long caseId, Long candidateId, Candidate.Kind kind, String filename, byte[] bytes) {
        CongressCase c = editable(caseId);
        if (candidateId == null) {
            throw new DomainException("personnel.error.candidate", "");
        }
        String name = jdbc.sql("select full_name from personnel_candidate where id = ? and case_id = ?")
                .params(candidateId, caseId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("personnel.error.candidate", candidateId));
        String user = access.requireUser().getUsername();
        StoredFile file = files.store(filename, bytes, c.orgId(), user);
        Candidate.Kind k = kind == null ? Candidate.Kind.OTHER : kind;
        jdbc.sql("insert into personnel_document (candidate_id, kind, stored_file_id) values (?, ?, ?)")
                .params(candidateId, k.name(), file.id())
                .update();
        audit.record(AuditLog.Change.of(
                        "PERSONNEL_DOCUMENT",
                        "personnel_candidate",
                        candidateId,
                        c.orgId(),
                        "Hồ sơ ứng viên " + name + ": " + k + " " + file.filename())
                .withDetails("storedFile=" + file.id() + "; sha256=" + file.sha256()));
        return file;
    }

    /**
     * The last day a candidacy outside the proposal may be filed: 15 working days before the opening (the
     * case's planned date), or null while the case has none.
     */
    public LocalDate lastCandidacyDay(CongressCase c) {
        return c.plannedOn() == null ? null : workingDays.minusWorkingDays(c.plannedOn(), CANDIDACY_LEAD_WORKING_DAYS);
    }

    /** Files a candidacy outside the proposal; a late one is refused with the last allowed day. */
    @Transactional
    public long fileCandidacy(long caseId, PersonnelRequests.FileCandidacy request) {
        CongressCase c = editable(caseId);
        if (request.body() == null) {
            throw new DomainException("personnel.error.body");
        }
        if (request.memberId() == null) {
            throw new DomainException("personnel.error.member");
        }
        if (request.kind() == null) {
            throw new DomainException("personnel.error.candidacyKind");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate filedOn = request.filedOn() == null ? today : request.filedOn();
        if (filedOn.isAfter(today)) {
            throw new DomainException("personnel.error.filedInFuture", Dates.format(filedOn));
        }
        LocalDate last = lastCandidacyDay(c);
        if (last == null) {
            throw new DomainException("personnel.error.noOpening", c.orgName());
        }
        if (filedOn.isAfter(last)) {
            throw new DomainException(
                    "personnel.error.candidacyLate",
                    Dates.format(filedOn),
                    Dates.format(last),
                    Dates.format(c.plannedOn()));
        }
        String nominatedBy = text(request.nominatedBy(), 300);
        if (request.kind() == Proposal.CandidacyKind.NOMINATION && nominatedBy.isEmpty()) {
            throw new DomainException("personnel.error.nominatedBy");
        }
        Members.MemberDetail m = members.get(request.memberId());
        long id = jdbc.sql("""
                        insert into personnel_candidacy (case_id, body, member_id, full_name, kind, nominated_by,
                            filed_on, filed_by, filed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        caseId,
                        request.body().name(),
                        m.id(),
                        m.fullName(),
                        request.kind().name(),
                        nominatedBy.isEmpty() ? null : nominatedBy,
                        filedOn,
                        access.requireUser().getUsername(),
                        Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.record(AuditLog.Change.of(
                        "PERSONNEL_CANDIDACY",
                        "personnel_candidacy",
                        id,
                        c.orgId(),
                        "Đại hội " + c.orgName() + ": " + request.kind() + " " + m.fullName() + " vào " + request.body()
                                + " ngày " + Dates.format(filedOn))
                .withDetails("lastAllowed=" + last));
        return id;
    }

    private static String text(String s, int max) {
        String t = s == null ? "" : s.strip();
        if (t.length() > max) {
            throw new DomainException("personnel.error.tooLong", String.valueOf(max));
        }
        return t;
    }
}
