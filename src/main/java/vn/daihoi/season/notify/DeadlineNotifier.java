package vn.daihoi.season.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.access.Permission;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserSql;
import vn.daihoi.org.OrgSql;
import vn.daihoi.season.CongressState;
import vn.daihoi.season.CongressTransitions;
import vn.daihoi.season.CongressTransitions.Actor;

/**
 * Finds the congress cases whose deadline has passed or falls within the next days and notifies the
 * people responsible: the standing-committee member following the unit, and whoever holds, on the node
 * whose move it is, a role that may take the next step (the unit's office while it prepares, the
 * superior's office while a dossier or a report waits there). Set-based and idempotent, so any app
 * node may run it; an advisory lock keeps two nodes from doing the same work at once.
 */
@Component
public class DeadlineNotifier {

    private static final Logger log = LoggerFactory.getLogger(DeadlineNotifier.class);
    private static final long SCAN_LOCK = 0x4e4f_5449_4659L; // "NOTIFY"

    /** Side exits and turn-backs: they do not say whose move it is. */
    private static final Set<CongressState> NOT_FORWARD = EnumSet.of(
            CongressState.POSTPONED,
            CongressState.COMMITTEE_APPOINTED,
            CongressState.DISSOLVED,
            CongressState.MERGED,
            CongressState.RETURNED_FOR_REVISION,
            CongressState.RESULT_ANNULLED);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final NotificationMailer mailer;
    private final int dueWithinDays;
    private final TransactionTemplate tx;

    DeadlineNotifier(
            JdbcClient jdbc,
            Clock clock,
            NotificationMailer mailer,
            PlatformTransactionManager transactions,
            @Value("${daihoi.notifications.due-within-days:7}") int dueWithinDays) {
        this.tx = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.clock = clock;
        this.mailer = mailer;
        this.dueWithinDays = dueWithinDays;
    }

    /** States in which the next forward step is the superior's (a dossier or a report waits there). */
    static List<String> waitingOnSuperior() {
        return Arrays.stream(CongressState.values())
                .filter(s -> {
                    var forward = CongressTransitions.from(s, null).stream()
                            .filter(st -> !NOT_FORWARD.contains(st.to()))
                            .toList();
                    return !forward.isEmpty() && forward.stream().allMatch(st -> st.actor() == Actor.SUPERIOR);
                })
                .map(Enum::name)
                .toList();
    }

    static List<String> rolesGranting(Permission p) {
        return Role.granting(p).stream().map(Enum::name).toList();
    }

    /** Every hour, and once when the node starts (a first run, or deadlines passed while it was down). */
    @Scheduled(cron = "${daihoi.notifications.cron:0 5 * * * *}", zone = "Asia/Ho_Chi_Minh")
    @EventListener(ApplicationReadyEvent.class)
    void scheduled() {
        try {
            // Called on this bean, not through its proxy: the transaction (which holds the advisory lock) is opened
            // here.
            Integer added = tx.execute(status -> scan());
            if (added == null) {
                return;
            }
            if (added > 0) {
                log.info("Đã tạo {} thông báo hạn đại hội.", added);
            }
            mailer.sendPending();
        } catch (RuntimeException e) {
            log.error("Quét hạn đại hội thất bại", e);
        }
    }

    /** Adds the notifications due today; returns how many were new (0 when another node holds the scan). */
    @Transactional
    public int scan() {
        boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(?)")
                .param(SCAN_LOCK)
                .query(Boolean.class)
                .single();
        if (!mine) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        List<String> closedStates =
                CongressState.TERMINAL.stream().map(Enum::name).toList();
        return jdbc.sql("""
                        with due as (
                            select c.id, c.org_id, c.state, c.due_on, c.follower_user_id,
                                   case when c.due_on < :today then 'CONGRESS_OVERDUE' else 'CONGRESS_DUE_SOON' end
                                       as kind,
                                   %s as superior_id,
                                   c.state in (:superiorStates) as superior_turn
                            from congress_case c
                            where c.due_on is not null and c.due_on <= :horizon and c.state not in (:closedStates)
                        )
                        insert into notification (user_id, kind, case_id, state, due_on)
                        select distinct r.user_id, d.kind, d.id, d.state, d.due_on
                        from due d
                        cross join lateral (
                            select d.follower_user_id as user_id where d.follower_user_id is not null
                            union
                            %s
                            union
                            %s
                        ) r
                        where %s
                        on conflict do nothing""".formatted(
                        OrgSql.directSuperior("c.org_id"),
                        // the unit's managers while it is the unit's turn, the superior's approvers after
                        UserSql.holdersAt("case when d.superior_turn then null else d.org_id end", "in (:manageRoles)"),
                        UserSql.holdersAt("case when d.superior_turn then d.superior_id end", "in (:approveRoles)"),
                        UserSql.enabled("r.user_id")))
                .param("today", today)
                .param("horizon", today.plusDays(dueWithinDays))
                .param("superiorStates", waitingOnSuperior())
                .param("closedStates", closedStates)
                .param("manageRoles", rolesGranting(Permission.CONGRESS_MANAGE))
                .param("approveRoles", rolesGranting(Permission.CONGRESS_APPROVE))
                .update();
    }
}
