package vn.daihoi.demo.internal;

import java.time.LocalDate;
import java.util.SplittableRandom;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.season.CongressState;

/**
 * Writes one congress case and its transitions as COPY rows. The state depends on the level: the lower
 * the level, the earlier its congresses were held (cells first, provinces last), the rest spread over the
 * steps before the session with deadlines from a month ago to two months ahead.
 */
final class CaseWriter {

    static final String CASE_COLUMNS = "id, org_id, term, level, state, kind, window_from, window_to, planned_on,"
            + " opened_on, closed_on, reported_on, confirmed_on, due_on, follower_user_id, state_changed_at";
    static final String STEP_COLUMNS = "case_id, from_state, to_state, at, effective_on, username, reason";

    private static final CongressState[] HELD = {
        CongressState.CONFIRMED,
        CongressState.CONFIRMED,
        CongressState.ARCHIVED,
        CongressState.RESULT_REPORTED,
        CongressState.CLOSED,
        CongressState.FIRST_COMMITTEE_MEETING
    };
    private static final CongressState[] OPEN = {
        CongressState.PLAN_ISSUED,
        CongressState.PREPARING,
        CongressState.PREPARING,
        CongressState.INTERNAL_ADOPTED,
        CongressState.DOSSIER_SUBMITTED,
        CongressState.UNDER_APPRAISAL,
        CongressState.RETURNED_FOR_REVISION,
        CongressState.APPROVED,
        CongressState.CONVENED,
        CongressState.POSTPONED
    };
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Minh", "Thu", "Đức", "Ngọc"};
    private static final String[] GIVEN = {
        "An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương", "Quân", "Sơn",
        "Thảo", "Trang", "Tuấn", "Yến"
    };

    private final LocalDate today;
    private final SplittableRandom rng;
    private final CopyRows cases;
    private final CopyRows steps;

    /** Either of {@code cases} and {@code steps} may be null: that table is written in another pass. */
    CaseWriter(LocalDate today, SplittableRandom rng, CopyRows cases, CopyRows steps) {
        this.today = today;
        this.rng = rng;
        this.cases = cases;
        this.steps = steps;
    }

    static String followerName(int i) {
        return FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / 3) % MIDDLE.length] + " " + GIVEN[(i * 7) % GIVEN.length];
    }

    /** Per cent of the level's 2025-2030 congresses already held. */
    static int heldPercent(OrgLevel level) {
        return switch (level) {
            case SUBORDINATE_CELL -> 90;
            case GRASSROOTS_CELL -> 75;
            case GRASSROOTS_COMMITTEE -> 55;
            case SUPERIOR_OF_GRASSROOTS -> 20;
            default -> 0;
        };
    }

    void current(long id, long orgId, OrgLevel level, long follower) {
        LocalDate planned = today.minusDays(200 + rng.nextInt(60));
        boolean held = rng.nextInt(100) < heldPercent(level);
        if (held) {
            CongressState state = HELD[rng.nextInt(HELD.length)];
            LocalDate closed = planned.plusDays(30 + rng.nextInt(120));
            LocalDate reported = closed.plusDays(3);
            boolean confirmed = state == CongressState.CONFIRMED || state == CongressState.ARCHIVED;
            write(
                    id,
                    orgId,
                    NationalCongresses.TERM,
                    level,
                    state,
                    planned,
                    closed,
                    reported,
                    confirmed,
                    null,
                    follower);
            step(id, null, CongressState.PLAN_ISSUED, planned);
            step(id, CongressState.PLAN_ISSUED, state, closed);
        } else {
            CongressState state = level == OrgLevel.DIRECTLY_UNDER_CENTRAL
                    ? OPEN[1 + rng.nextInt(5)]
                    : OPEN[rng.nextInt(OPEN.length)];
            LocalDate due = today.plusDays(rng.nextInt(91) - 30);
            write(id, orgId, NationalCongresses.TERM, level, state, planned, null, null, false, due, follower);
            step(id, null, CongressState.PLAN_ISSUED, planned);
            if (state != CongressState.PLAN_ISSUED) {
                step(id, CongressState.PLAN_ISSUED, state, planned.plusDays(10 + rng.nextInt(100)));
            }
        }
    }

    /** The archived case of the previous term (held in 2020). */
    void previous(long id, long orgId, OrgLevel level, long follower) {
        LocalDate planned = LocalDate.of(2020, 3, 1).plusDays(rng.nextInt(60));
        LocalDate closed = planned.plusDays(40 + rng.nextInt(90));
        write(
                id,
                orgId,
                NationalCongresses.PREVIOUS_TERM,
                level,
                CongressState.ARCHIVED,
                planned,
                closed,
                closed.plusDays(3),
                true,
                null,
                follower);
        step(id, null, CongressState.PLAN_ISSUED, planned);
        step(id, CongressState.PLAN_ISSUED, CongressState.ARCHIVED, closed.plusDays(30));
    }

    private void write(
            long id,
            long orgId,
            String term,
            OrgLevel level,
            CongressState state,
            LocalDate planned,
            LocalDate closed,
            LocalDate reported,
            boolean confirmed,
            LocalDate due,
            long follower) {
        if (cases == null) {
            return;
        }
        LocalDate windowFrom = planned.plusDays(30);
        cases.number(id)
                .number(orgId)
                .text(term)
                .text(level.name())
                .text(state.name())
                .text("ALL_MEMBER")
                .date(windowFrom)
                .date(windowFrom.plusDays(120))
                .date(closed == null ? windowFrom.plusDays(60) : closed)
                .date(closed)
                .date(closed)
                .date(reported)
                .date(confirmed ? reported.plusDays(10) : null)
                .date(due)
                .number(follower)
                .text(NationalCongresses.at(closed == null ? planned : closed).toString())
                .endRow();
    }

    private void step(long caseId, CongressState from, CongressState to, LocalDate on) {
        if (steps == null) {
            return;
        }
        steps.number(caseId)
                .text(from == null ? null : from.name())
                .text(to.name())
                .text(NationalCongresses.at(on).toString())
                .date(on)
                .text("demo")
                .text("Dữ liệu giả lập quy mô toàn quốc")
                .endRow();
    }
}
