package vn.daihoi.demo.internal;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserAdmin;
import vn.daihoi.documents.DocumentRegister;
import vn.daihoi.dossier.ApprovalCalendar;
import vn.daihoi.dossier.ApprovalConclusions;
import vn.daihoi.dossier.DossierAppraisals;
import vn.daihoi.dossier.DossierSubmissions;
import vn.daihoi.dossier.Dossiers;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.Elections;
import vn.daihoi.files.FileStore;
import vn.daihoi.keying.KeyingTeams;
import vn.daihoi.org.TreeMaintenance;
import vn.daihoi.results.Confirmations;
import vn.daihoi.results.ResultsReports;
import vn.daihoi.roll.RollDesk;
import vn.daihoi.season.CongressCases;

/**
 * Loads the sample province (tree, 8,000 members with their cell history, one user per role) in one
 * transaction. Deterministic: the same seed gives the same names, codes and numbers on every machine
 * (dates of birth and admission are relative to today).
 */
@Component
public class SampleProvince {

    private static final Logger log = LoggerFactory.getLogger(SampleProvince.class);

    public static final String PROVINCE_CODE = SampleTree.PROVINCE_CODE;
    public static final int MEMBERS = 8_000;
    public static final String PASSWORD = "Daihoi2026demo";
    /** The accounts the sample's records are written as: the province's office, and its administrator. */
    static final String OFFICE = "vanphong.tinhuy";

    static final String ADMINISTRATOR = "quantri.hbx";
    static final long SEED = 20_260_701L;
    /** CCCD province code of the sample (that of the former Hòa Bình province). */
    static final int CCCD_PROVINCE = 17;

    /** A demo account: who, where, with which role. */
    public record DemoUser(String username, String fullName, String orgCode, Role role) {}

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("quantri.hbx", "Trần Minh Quân", "HBX", Role.ADMIN),
            new DemoUser("vanphong.tinhuy", "Lê Thị Hồng Nhung", "HBX", Role.COMMITTEE_OFFICE),
            new DemoUser("bantochuc.tinhuy", "Phạm Quốc Tuấn", "HBX", Role.ORGANIZATION_BOARD),
            new DemoUser("vanphong.xuanphu", "Đinh Văn Khín", "HBX.X01", Role.COMMITTEE_OFFICE),
            new DemoUser("bithu.dongtam", "Nguyễn Văn Hùng", "HBX.DX.01.T1", Role.CELL_SECRETARY),
            new DemoUser("xem.hbx", "Hoàng Thị Thu Hà", "HBX", Role.VIEWER),
            new DemoUser("kiemtra.hbx", "Vũ Đức Thắng", "HBX", Role.AUDITOR),
            new DemoUser("kiemphieu.xuanphu", "Bùi Thị Lan", "HBX.X01", Role.COUNTING_CLERK),
            new DemoUser("dangvien.dongtam", "Trần Thị Mai", "HBX.DX.01.T1", Role.PARTY_MEMBER));

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TreeMaintenance tree;
    private final UserAdmin users;
    private final Clock clock;
    private final SampleElections.Services elections;
    private final SampleRecords.Services records;
    private final SampleSessions.Services sessions;
    private final SampleResults.Services results;

    SampleProvince(
            JdbcClient jdbc,
            DataSource dataSource,
            TreeMaintenance tree,
            UserAdmin users,
            Clock clock,
            Elections elections,
            ElectionRounds rounds,
            UserDetailsService userDetails,
            FileStore files,
            DocumentRegister register,
            KeyingTeams teams,
            ResultsReports reports,
            Confirmations confirmations,
            CongressCases cases,
            Dossiers dossiers,
            DossierSubmissions submissions,
            DossierAppraisals appraisals,
            ApprovalCalendar calendar,
            ApprovalConclusions conclusions,
            RollDesk rolls) {
        this.jdbc = jdbc;
        this.elections = new SampleElections.Services(elections, rounds, userDetails);
        this.records = new SampleRecords.Services(
                files, register, dossiers, submissions, appraisals, calendar, conclusions, userDetails, OFFICE);
        this.sessions = new SampleSessions.Services(elections, rounds, teams, rolls, userDetails);
        this.results = new SampleResults.Services(reports, confirmations, cases, userDetails);
        this.dataSource = dataSource;
        this.tree = tree;
        this.users = users;
        this.clock = clock;
    }

    /** Loads the sample unless its province already exists; returns whether it loaded anything. */
    @Transactional
    public boolean load() {
        // Serialises concurrent runs: the second one waits, then finds the province.
        jdbc.sql("select pg_advisory_xact_lock(2026070101)").query().listOfRows();
        if (jdbc.sql("select count(*) from org_unit where code = ?")
                        .param(PROVINCE_CODE)
                        .query(Long.class)
                        .single()
                > 0) {
            log.info("Đã có dữ liệu mẫu ({}): không nạp lại.", SampleTree.PROVINCE_NAME);
            return false;
        }
        long started = System.nanoTime();
        long root = jdbc.sql("select id from org_unit where code = 'TW'")
                .query(Long.class)
                .single();
        List<SampleTree.Holder> holders = new SampleTree(new OrgRows(jdbc)).build(root);
        writeMembers(holders);
        tree.rebuildClosure();
        tree.recomputeCounts();
        OrgRows rows = new OrgRows(jdbc);
        for (DemoUser u : USERS) {
            if (!users.exists(u.username())) {
                long org = rows.idOf(u.orgCode());
                users.create(
                        u.username(), u.fullName(), org, PASSWORD, false, List.of(new UserAdmin.Grant(u.role(), org)));
            }
        }
        // The province's organisation board follows the communes and wards in the congress season.
        Long follower = jdbc.sql("select id from app_user where username = 'bantochuc.tinhuy'")
                .query(Long.class)
                .optional()
                .orElse(null);
        long province = rows.idOf(PROVINCE_CODE);
        SampleCongresses season = new SampleCongresses(jdbc, LocalDate.now(clock));
        int congresses = season.write(province, follower, OFFICE);
        long papers = System.nanoTime();
        SamplePapers.drawnSinceLast();
        SampleRecords records = new SampleRecords(jdbc, this.records);
        // the plan first: the decisions that confirm the results are numbered after it
        SignedIn.as(elections.users(), ADMINISTRATOR, () -> records.plan(province));
        // every case's dossier through the dossier module, recorded from paper at its history's days; then the
        // history goes on to the results report
        long dossiers = System.nanoTime();
        int recorded = records.write(season.dossiers());
        season.resume();
        log.info(
                "Hồ sơ đề nghị duyệt của {} đại hội ghi nhận qua mô-đun hồ sơ (hồ sơ giấy) trong {} ms.",
                recorded,
                (System.nanoTime() - dossiers) / 1_000_000);
        // every case's results report, confirmation or annulment and archive, through the results module
        new SampleResults(jdbc, results).write(season.tails());
        new SampleElections(jdbc, elections).write(province, OFFICE, ADMINISTRATOR);
        papers = System.nanoTime() - papers;
        long[] drawn = SamplePapers.drawnSinceLast();
        SampleSessions days = new SampleSessions(jdbc);
        // the cell sitting today through the roll module; the rolls of the days past are written
        days.sittingToday(sessions, LocalDate.now(clock));
        days.rolls(province, OFFICE);
        SignedIn.as(elections.users(), ADMINISTRATOR, () -> days.keyedRound(sessions));
        log.info(
                "Đã nạp dữ liệu mẫu {}: {} nút, {} đảng viên, {} tài khoản, {} hồ sơ đại hội trong {} ms"
                        + " (giấy tờ của các hồ sơ: {} ms, trong đó vẽ {} tệp PDF: {} ms).",
                SampleTree.PROVINCE_NAME,
                jdbc.sql("select count(*) from org_unit where code like 'HBX%'")
                        .query(Long.class)
                        .single(),
                MEMBERS,
                USERS.size(),
                congresses,
                (System.nanoTime() - started) / 1_000_000,
                papers / 1_000_000,
                drawn[0],
                drawn[1]);
        return true;
    }

    private record Assignment(long memberId, long orgId, LocalDate from, LocalDate to, String reason) {}

    private void writeMembers(List<SampleTree.Holder> holders) {
        int[] counts = split(holders);
        SplittableRandom rng = new SplittableRandom(SEED);
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        PersonFactory people = new PersonFactory(PersonFactory.EthnicMix.SAMPLE, IdNumbers.sample(), today);
        long firstId = Sequences.reserve(jdbc, "member", MEMBERS);
        List<Assignment> assignments = new ArrayList<>(MEMBERS + MEMBERS / 5);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        long id = firstId;
        try (MemberRows members = new MemberRows(connection)) {
            for (int h = 0; h < holders.size(); h++) {
                SampleTree.Holder holder = holders.get(h);
                for (int i = 0; i < counts[h]; i++, id++) {
                    Person p = people.next(rng, CCCD_PROVINCE);
                    members.write(id, p, holder.orgId());
                    LocalDate joined = p.admissionDate();
                    if (!holder.formerCells().isEmpty() && joined.isBefore(SampleTree.REFORM)) {
                        long former = holder.formerCells()
                                .get(rng.nextInt(holder.formerCells().size()));
                        assignments.add(new Assignment(id, former, joined, SampleTree.REFORM, "ADMISSION"));
                        assignments.add(new Assignment(id, holder.orgId(), SampleTree.REFORM, null, "ORG_MERGE"));
                    } else {
                        assignments.add(new Assignment(id, holder.orgId(), joined, null, "ADMISSION"));
                    }
                }
            }
        }
        try (CopyRows copy = new CopyRows(
                connection, "member_assignment", "member_id, org_id, valid_from, valid_to, reason, decision_no")) {
            for (Assignment a : assignments) {
                copy.number(a.memberId())
                        .number(a.orgId())
                        .date(a.from())
                        .date(a.to())
                        .text(a.reason())
                        .text(a.reason().equals("MERGE") ? "01-QĐ/ĐU" : null)
                        .endRow();
            }
        }
    }

    /** Splits exactly {@link #MEMBERS} members over the holders in proportion to their weights. */
    static int[] split(List<SampleTree.Holder> holders) {
        // Cells of one kind differ in size: each weight varies by ±40%.
        SplittableRandom rng = new SplittableRandom(SEED + 1);
        long[] weights = holders.stream()
                .mapToLong(h -> h.weight() * (60L + rng.nextInt(81)))
                .toArray();
        long total = java.util.Arrays.stream(weights).sum();
        int[] counts = new int[holders.size()];
        int given = 0;
        for (int h = 0; h < counts.length; h++) {
            counts[h] = (int) (MEMBERS * weights[h] / total);
            given += counts[h];
        }
        for (int h = 0; given < MEMBERS; h = (h + 1) % counts.length, given++) {
            counts[h]++;
        }
        return counts;
    }
}
