package vn.daihoi.elections.paper;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.counting.CountResult;
import vn.daihoi.counting.Counting;
import vn.daihoi.counting.ElectionRecord;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.RoundSheet;
import vn.daihoi.elections.RoundState;
import vn.daihoi.elections.internal.Scope;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.paper.PartyPaper;
import vn.daihoi.platform.paper.PartyPaperDocx;
import vn.daihoi.platform.paper.PartyPaperPdf;
import vn.daihoi.season.CaseSql;
import vn.daihoi.tally.MinutesInfo;
import vn.daihoi.tally.MinutesPdf;
import vn.daihoi.tally.RecordJson;

/**
 * The papers of the elections: the ballot of a round (no serial number, no mark that could identify a voter),
 * the counting minutes of a round and the election minutes covering every round, as PDF and DOCX. The minutes
 * are recounted from the stored record, so they say exactly what the released result says.
 */
@Service
public class ElectionPapers {

    private static final String BLANK = "……………………………";

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final ElectionRounds rounds;

    ElectionPapers(JdbcClient jdbc, AccessControl access, ElectionRounds rounds) {
        this.jdbc = jdbc;
        this.access = access;
        this.rounds = rounds;
    }

    private record Stored(
            long roundId,
            long orgId,
            String title,
            int roundNo,
            String recordText,
            String decision,
            String decisionNote) {}

    private List<Stored> stored(long electionId, Integer roundNo, Permission permission) {
        long orgId = jdbc.sql("select " + CaseSql.orgId("e.case_id") + " from election e where e.id = ?")
                .param(electionId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> Scope.unknown("election", electionId));
        access.require(permission, orgId);
        return jdbc.sql("""
                        select r.id as round_id, %s as org_id, e.title, r.round_no, r.record_text, r.decision,
                               r.decision_note
                        from election e join election_round r on r.election_id = e.id
                        where e.id = ? and (cast(? as int) is null or (r.round_no = ? and r.purpose = 'ELECTION'))
                        order by r.round_no, r.purpose desc
                        """.formatted(CaseSql.orgId("e.case_id")))
                .params(electionId, roundNo, roundNo)
                .query(Stored.class)
                .list();
    }

    /** The ballot of a round, one per A5-like page, for the office to print and seal. */
    @Transactional(readOnly = true)
    public byte[] ballotPdf(long electionId, int roundNo) {
        List<Stored> s = stored(electionId, roundNo, Permission.CONGRESS_DAY_RUN);
        if (s.isEmpty()) {
            throw DomainException.notFound("elections.error.noRoundNo", roundNo, electionId);
        }
        return ballot(s.getFirst().roundId());
    }

    /**
     * The ballot of any round by its id, the opinion ballot (phiếu xin ý kiến) included; the office prints it
     * once the list is approved.
     */
    @Transactional(readOnly = true)
    public byte[] roundBallotPdf(long roundId) {
        long orgId = jdbc.sql("""
                        select %s from election_round r join election e on e.id = r.election_id
                        where r.id = ?""".formatted(CaseSql.orgId("e.case_id")))
                .param(roundId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> Scope.unknown("round", roundId));
        access.require(Permission.CONGRESS_DAY_RUN, orgId);
        return ballot(roundId);
    }

    private byte[] ballot(long roundId) {
        RoundSheet sheet = rounds.sheet(roundId);
        if (sheet.state() == RoundState.LIST) {
            throw DomainException.conflict("elections.list.error.notFixed", sheet.title(), sheet.roundNo());
        }
        List<BallotPaper.Line> lines = jdbc.sql("""
                        select c.position, c.full_name, c.birth_date,
                               count(*) over (partition by c.full_name) > 1 as same_name
                        from round_candidate c where c.round_id = ? order by c.position
                        """)
                .param(sheet.roundId())
                .query(BallotPaper.Line.class)
                .list();
        return BallotPaper.pdf(sheet, lines);
    }

    /** The counting minutes of a released round as PDF (the same minutes {@code daihoi tally} prints). */
    @Transactional(readOnly = true)
    public byte[] countingMinutesPdf(long electionId, int roundNo) {
        return PartyPaperPdf.render(countingMinutes(released(electionId, roundNo)));
    }

    /** The counting minutes of a released round as DOCX. */
    @Transactional(readOnly = true)
    public byte[] countingMinutesDocx(long electionId, int roundNo) {
        Stored s = released(electionId, roundNo);
        return PartyPaperDocx.render(countingMinutes(s));
    }

    /** The election minutes (biên bản bầu cử), every released round, as PDF. */
    @Transactional(readOnly = true)
    public byte[] electionMinutesPdf(long electionId) {
        return PartyPaperPdf.render(electionMinutes(electionId));
    }

    /** The election minutes as DOCX. */
    @Transactional(readOnly = true)
    public byte[] electionMinutesDocx(long electionId) {
        return PartyPaperDocx.render(electionMinutes(electionId));
    }

    private Stored released(long electionId, int roundNo) {
        List<Stored> s = stored(electionId, roundNo, Permission.CONGRESS_VIEW);
        if (s.isEmpty() || s.getFirst().recordText() == null) {
            throw DomainException.notFound("elections.error.notReleased", electionId, roundNo);
        }
        return s.getFirst();
    }

    private static CountResult.Counted counted(ElectionRecord record) {
        if (Counting.count(record) instanceof CountResult.Counted c) {
            return c;
        }
        // a stored record was counted at release; refusing it now means the engine changed its mind
        throw new IllegalStateException("a released record no longer counts");
    }

    /**
     * The counting minutes of a released round: the one paper {@code daihoi tally} also prints ({@link
     * MinutesPdf#paper}), with the congress's decision after the round worded as the election minutes word it.
     */
    private PartyPaper countingMinutes(Stored s) {
        ElectionRecord record = RecordJson.read(s.recordText());
        return MinutesPdf.paper(
                record,
                counted(record),
                RecordJson.readMinutes(s.recordText()),
                RoundSection.decision(s.decision(), s.decisionNote()));
    }

    private PartyPaper electionMinutes(long electionId) {
        List<Stored> all = stored(electionId, null, Permission.CONGRESS_VIEW).stream()
                .filter(s -> s.recordText() != null)
                .toList();
        if (all.isEmpty()) {
            throw DomainException.notFound("elections.error.notReleased", electionId, 1);
        }
        MinutesInfo info = RecordJson.readMinutes(all.getLast().recordText());
        List<PartyPaper.Block> blocks = new ArrayList<>();
        blocks.add(new PartyPaper.Para(or(info.congress()) + ", nhiệm kỳ " + or(info.term()) + ", đã tiến hành "
                + all.getFirst().title() + " bằng phiếu kín qua " + all.size() + " lần bầu."));
        for (Stored s : all) {
            ElectionRecord record = RecordJson.read(s.recordText());
            blocks.addAll(RoundSection.blocks(record, counted(record), s.decision(), s.decisionNote()));
        }
        return PartyPaper.issuedBy(info.superior(), or(info.organisation()))
                .placeAndDate("ngày " + or(info.date()))
                .title("BIÊN BẢN BẦU CỬ")
                .subtitle(all.getFirst().title())
                .addAll(blocks)
                .sign(PartyPaper.Signer.byHand("TM. BAN KIỂM PHIẾU", "TRƯỞNG BAN", List.of(BLANK)))
                .sign(PartyPaper.Signer.byHand("TM. ĐOÀN CHỦ TỊCH", "", List.of(BLANK)))
                .build();
    }

    private static String or(String s) {
        return s == null || s.isBlank() ? "……" : s;
    }
}
