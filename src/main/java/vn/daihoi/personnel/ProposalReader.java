package vn.daihoi.personnel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.files.CongressFiles;
import vn.daihoi.files.FileSql;
import vn.daihoi.files.FileStore;
import vn.daihoi.files.StoredFile;
import vn.daihoi.org.Sex;
import vn.daihoi.platform.DomainException;
import vn.daihoi.rules.RuleKey;
import vn.daihoi.rules.RuleParameter;
import vn.daihoi.rules.RuleParameters;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;

/**
 * Reads a personnel proposal (PERSONNEL_VIEW on the case's unit) and works out its indicators and warnings
 * with the rulebook in force on the opening date (today while there is none). Also lists the candidates'
 * papers for the congress archive.
 */
@Service
public class ProposalReader implements CongressFiles {

    /** A candidate's paper with its bytes, verified against the stored checksum. */
    public record Download(StoredFile file, byte[] bytes) {}

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final CongressCases cases;
    private final RuleParameters rules;
    private final FileStore files;
    private final PersonnelProposals proposals;
    private final Clock clock;

    ProposalReader(
            JdbcClient jdbc,
            AccessControl access,
            CongressCases cases,
            RuleParameters rules,
            FileStore files,
            PersonnelProposals proposals,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.cases = cases;
        this.rules = rules;
        this.files = files;
        this.proposals = proposals;
        this.clock = clock;
    }

    private CongressCase viewable(long caseId) {
        CongressCase c = cases.find(caseId).orElseThrow(() -> DomainException.notFound("personnel.error.case", caseId));
        access.require(Permission.PERSONNEL_VIEW, c.orgId());
        return c;
    }

    public Proposal view(long caseId) {
        CongressCase c = viewable(caseId);
        List<Proposal.BodyPlan> bodies = bodies(caseId);
        List<Candidate> candidates = candidates(caseId);
        LocalDate on = c.plannedOn() != null ? c.plannedOn() : LocalDate.now(clock);
        Map<RuleKey, RuleParameter> inForce = new EnumMap<>(RuleKey.class);
        rules.inForce(c.term(), c.level(), on).forEach(p -> inForce.put(p.key(), p));
        YearMonth reference = Optional.ofNullable(inForce.get(RuleKey.AGE_REFERENCE_MONTH))
                .map(p -> YearMonth.parse(p.value().strip()))
                .orElse(YearMonth.from(on));
        StructureRules.Targets targets = new StructureRules.Targets(
                target(inForce, RuleKey.TARGET_WOMEN_PCT),
                target(inForce, RuleKey.TARGET_UNDER_40_PCT),
                target(inForce, RuleKey.TARGET_NEWCOMERS_PCT),
                target(inForce, RuleKey.TARGET_SCIENCE_PCT),
                target(inForce, RuleKey.TARGET_ETHNIC_MINORITY_PCT));
        StructureRules.SurplusRules surplus = new StructureRules.SurplusRules(
                target(inForce, RuleKey.SURPLUS_MIN_PCT),
                target(inForce, RuleKey.SURPLUS_MAX_PCT),
                target(inForce, RuleKey.SURPLUS_CEILING_PCT),
                bound(inForce, RuleKey.SURPLUS_SMALL_SEATS_MAX),
                bound(inForce, RuleKey.SURPLUS_SMALL_MAX_EXTRA));
        StructureRules.AgeRules ages = new StructureRules.AgeRules(
                bound(inForce, RuleKey.RETIREMENT_AGE_MEN),
                bound(inForce, RuleKey.RETIREMENT_AGE_WOMEN),
                bound(inForce, RuleKey.RE_ELECTION_MONTHS_LEFT));
        List<Candidate> committee = candidates.stream()
                .filter(x -> x.body() == PersonnelBody.EXECUTIVE_COMMITTEE)
                .toList();
        List<Indicator> indicators = StructureRules.indicators(committee, reference, targets);
        List<Finding> warnings = new ArrayList<>();
        Map<PersonnelBody, Integer> seats = new EnumMap<>(PersonnelBody.class);
        for (Proposal.BodyPlan b : bodies) {
            seats.put(b.body(), b.seats());
            warnings.addAll(
                    switch (b.body()) {
                        case EXECUTIVE_COMMITTEE ->
                            StructureRules.size(
                                    b.body(),
                                    b.seats(),
                                    bound(inForce, RuleKey.EXECUTIVE_SIZE_MIN),
                                    bound(inForce, RuleKey.EXECUTIVE_SIZE_MAX));
                        case STANDING_COMMITTEE ->
                            StructureRules.size(
                                    b.body(),
                                    b.seats(),
                                    bound(inForce, RuleKey.STANDING_SIZE_MIN),
                                    bound(inForce, RuleKey.STANDING_SIZE_MAX));
                        case DELEGATE ->
                            c.delegateQuota() != null && c.delegateQuota() != b.seats()
                                    ? List.of(Finding.ofPolicy("size.quota", b.body(), b.seats(), c.delegateQuota()))
                                    : List.<Finding>of();
                        default -> List.<Finding>of();
                    });
            int count =
                    (int) candidates.stream().filter(x -> x.body() == b.body()).count();
            warnings.addAll(StructureRules.surplus(b.body(), b.seats(), count, surplus));
        }
        warnings.addAll(StructureRules.sizeRelations(
                seats.get(PersonnelBody.EXECUTIVE_COMMITTEE),
                seats.get(PersonnelBody.STANDING_COMMITTEE),
                seats.get(PersonnelBody.SECRETARY)));
        warnings.addAll(StructureRules.belowTargets(indicators));
        warnings.addAll(StructureRules.reElectionAges(committee, reference, ages));
        return new Proposal(
                c,
                bodies,
                candidates,
                reference,
                indicators,
                warnings,
                candidacies(caseId),
                proposals.lastCandidacyDay(c));
    }

    private static Target target(Map<RuleKey, RuleParameter> inForce, RuleKey key) {
        RuleParameter p = inForce.get(key);
        return p == null ? null : new Target(new BigDecimal(p.value().strip()), p.legalBasis());
    }

    private static StructureRules.RuleBound bound(Map<RuleKey, RuleParameter> inForce, RuleKey key) {
        RuleParameter p = inForce.get(key);
        return p == null
                ? null
                : new StructureRules.RuleBound(Integer.parseInt(p.value().strip()), p.legalBasis());
    }

    private List<Proposal.BodyPlan> bodies(long caseId) {
        Map<PersonnelBody, Map<String, Integer>> structure = new EnumMap<>(PersonnelBody.class);
        jdbc.sql("""
                        select b.body, s.category, s.seats from personnel_structure s
                        join personnel_body b on b.id = s.body_id where b.case_id = ? order by s.id""").param(caseId).query(rs -> {
            structure
                    .computeIfAbsent(PersonnelBody.valueOf(rs.getString(1)), k -> new LinkedHashMap<>())
                    .put(rs.getString(2), rs.getInt(3));
        });
        return jdbc
                .sql("select body, seats from personnel_body where case_id = ?")
                .param(caseId)
                .query((rs, n) -> {
                    PersonnelBody b = PersonnelBody.valueOf(rs.getString(1));
                    return new Proposal.BodyPlan(b, rs.getInt(2), structure.getOrDefault(b, Map.of()));
                })
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(Proposal.BodyPlan::body))
                .toList();
    }

    private List<Candidate> candidates(long caseId) {
        Map<Long, List<Candidate.CandidateDocument>> docs = new LinkedHashMap<>();
        jdbc.sql("""
                        select d.candidate_id, d.stored_file_id, d.kind, %s, %s, %s
                        from personnel_document d join personnel_candidate c on c.id = d.candidate_id
                        where c.case_id = ? order by d.id""".formatted(
                                FileSql.filename("d.stored_file_id"),
                                FileSql.size("d.stored_file_id"),
                                FileSql.sha256("d.stored_file_id")))
                .param(caseId)
                .query(rs -> {
                    docs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Candidate.CandidateDocument(
                                    rs.getLong(2),
                                    Candidate.Kind.valueOf(rs.getString(3)),
                                    rs.getString(4),
                                    rs.getLong(5),
                                    rs.getString(6)));
                });
        return jdbc
                .sql("select * from personnel_candidate where case_id = ? order by body, id")
                .param(caseId)
                .query((rs, n) -> new Candidate(
                        rs.getLong("id"),
                        PersonnelBody.valueOf(rs.getString("body")),
                        rs.getLong("member_id"),
                        rs.getString("full_name"),
                        Sex.valueOf(rs.getString("sex")),
                        rs.getObject("birth_date", LocalDate.class),
                        rs.getString("ethnicity"),
                        rs.getBoolean("first_time"),
                        rs.getBoolean("science_cadre"),
                        rs.getString("education"),
                        rs.getString("position"),
                        List.copyOf(docs.getOrDefault(rs.getLong("id"), List.of()))))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(Candidate::body))
                .toList();
    }

    private List<Proposal.Candidacy> candidacies(long caseId) {
        return jdbc.sql("select * from personnel_candidacy where case_id = ? order by filed_on, id")
                .param(caseId)
                .query((rs, n) -> new Proposal.Candidacy(
                        rs.getLong("id"),
                        PersonnelBody.valueOf(rs.getString("body")),
                        rs.getLong("member_id"),
                        rs.getString("full_name"),
                        Proposal.CandidacyKind.valueOf(rs.getString("kind")),
                        rs.getString("nominated_by"),
                        rs.getObject("filed_on", LocalDate.class),
                        rs.getString("filed_by")))
                .list();
    }

    /** A paper of one of the case's candidates; 404 for a file that is not one. */
    public Download document(long caseId, Long storedFileId) {
        viewable(caseId);
        boolean ours = storedFileId != null
                && jdbc.sql("""
                                select count(*) from personnel_document d
                                join personnel_candidate c on c.id = d.candidate_id
                                where c.case_id = ? and d.stored_file_id = ?""")
                                .params(caseId, storedFileId)
                                .query(Integer.class)
                                .single()
                        > 0;
        if (!ours) {
            throw DomainException.notFound("personnel.error.document", String.valueOf(storedFileId));
        }
        StoredFile file = files.find(storedFileId).orElseThrow();
        return new Download(file, files.content(storedFileId));
    }

    /** The candidates' papers for the archive (group PERSONNEL), titled "Name: kind (file)". */
    @Override
    public List<CongressFile> filesOf(long congressCaseId) {
        return jdbc.sql("""
                        select c.full_name, d.kind, %s, d.stored_file_id
                        from personnel_document d join personnel_candidate c on c.id = d.candidate_id
                        where c.case_id = ? order by c.body, c.id, d.id""".formatted(FileSql.filename("d.stored_file_id")))
                .param(congressCaseId)
                .query((rs, n) -> new CongressFile(
                        vn.daihoi.files.ArchiveGroup.PERSONNEL,
                        rs.getString(1) + ": " + KIND_TITLES.get(rs.getString(2)) + " (" + rs.getString(3) + ")",
                        rs.getLong(4)))
                .list();
    }

    /** The archive's index is Vietnamese whatever the reader's language: titles of the kinds of paper. */
    private static final Map<String, String> KIND_TITLES = Map.of(
            "CV", "Sơ yếu lý lịch",
            "SUMMARY", "Trích ngang",
            "ASSET_DECLARATION", "Bản kê khai tài sản",
            "POLITICAL_CLEARANCE", "Kết luận tiêu chuẩn chính trị",
            "OTHER", "Tài liệu khác");
}
