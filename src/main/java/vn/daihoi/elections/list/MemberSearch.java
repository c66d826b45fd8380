package vn.daihoi.elections.list;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.names.VietnameseNames;
import vn.daihoi.org.OrgSql;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.Like;

/** The member picker of the list stage: members of the case's unit and the units below it. */
@Service
public class MemberSearch {

    /** A member of the unit's subtree found by name, for the member picker. */
    public record MemberChoice(long id, String fullName, LocalDate birthDate) {}

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final ListRounds rounds;

    MemberSearch(JdbcClient jdbc, AccessControl access, ListRounds rounds) {
        this.jdbc = jdbc;
        this.access = access;
        this.rounds = rounds;
    }

    /** Members of the case's unit and the units below it whose name matches (accents and case aside). */
    @Transactional(readOnly = true)
    public List<MemberChoice> search(long roundId, String query) {
        ListRounds.ListRound r = rounds.round(roundId, false);
        access.require(Permission.CONGRESS_DAY_RUN, r.orgId());
        String key = query == null ? "" : VietnameseNames.searchKey(query).strip();
        if (key.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select m.id, m.full_name, m.birth_date from %s m
                        where m.search_text like ? order by m.sort_key, m.birth_date limit 20
                        """.formatted(OrgSql.membersWithin("?")))
                .params(r.orgId(), Like.contains(key))
                .query(MemberChoice.class)
                .list();
    }

    /** A member of the round's unit or the units below it, refused when outside. */
    MemberChoice member(ListRounds.ListRound r, long memberId) {
        return jdbc.sql("""
                        select m.id, m.full_name, m.birth_date from %s m
                        where m.id = ?
                        """.formatted(OrgSql.membersWithin("?")))
                .params(r.orgId(), memberId)
                .query(MemberChoice.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("elections.list.error.memberOutside", memberId));
    }
}
