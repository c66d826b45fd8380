package vn.daihoi.season.plan;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.access.UserSql;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgSql;

/** Reads of the current tree a plan needs: the issuer, the levels and units below it, who may follow them. */
@Component
class PlanQueries {

    /** A live node as of today. */
    record Node(long id, String code, String name, OrgLevel level) {}

    /** A direct subordinate with its official members ({@link OrgSql#live}'s {@code members}). */
    record Subordinate(long id, String code, String name, OrgLevel level, int members) {}

    /** A user who may follow units for the issuer's standing committee. */
    record Follower(long id, String username, String fullName) {}

    private final JdbcClient jdbc;

    PlanQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Node> node(long id) {
        return jdbc.sql("select t.org_id, t.code, t.name, t.level from " + OrgSql.live()
                        + " t where t.ancestor_id = ? and t.depth = 0")
                .param(id)
                .query((rs, n) ->
                        new Node(rs.getLong(1), rs.getString(2), rs.getString(3), OrgLevel.valueOf(rs.getString(4))))
                .optional();
    }

    /** Levels of the live units below the issuer that hold congresses (party groups do not), top down. */
    List<OrgLevel> levelsBelow(long issuerId) {
        return jdbc
                .sql("select distinct t.level from " + OrgSql.live()
                        + " t where t.ancestor_id = ? and t.depth > 0 and t.level <> 'PARTY_GROUP'")
                .param(issuerId)
                .query(String.class)
                .list()
                .stream()
                .map(OrgLevel::valueOf)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    List<Subordinate> directSubordinates(long issuerId) {
        return jdbc.sql("select t.org_id, t.code, t.name, t.level, t.members from " + OrgSql.live()
                        + " t where t.ancestor_id = ? and t.depth = 1 and t.level <> 'PARTY_GROUP' order by t.code")
                .param(issuerId)
                .query((rs, n) -> new Subordinate(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        OrgLevel.valueOf(rs.getString(4)),
                        rs.getInt(5)))
                .list();
    }

    /** The ids among {@code ids} that are live units below the issuer holding a congress. */
    List<Long> unitsBelow(long issuerId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select t.org_id from " + OrgSql.live()
                        + " t where t.ancestor_id = ? and t.depth > 0 and t.level <> 'PARTY_GROUP'"
                        + " and t.org_id = any(?)")
                .params(issuerId, ids.toArray(Long[]::new))
                .query(Long.class)
                .list();
    }

    /** Enabled users holding a role on the issuer or one of its ancestors, by name. */
    List<Follower> followerCandidates(long issuerId) {
        // a role on the issuer or one of its ancestors
        return jdbc.sql(UserSql.enabledHolders(org -> OrgSql.above(org, "= ?")))
                .param(issuerId)
                .query((rs, n) -> new Follower(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Of {@code userIds}, those holding a role on the issuer or one of its ancestors. */
    List<Long> followersWithRole(long issuerId, Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct u from unnest(?::bigint[]) u where "
                        + UserSql.holdsRole("u", org -> OrgSql.above(org, "= ?")))
                .params(userIds.toArray(Long[]::new), issuerId)
                .query(Long.class)
                .list();
    }

    String codeOf(long orgId) {
        return jdbc.sql("select " + OrgSql.code("?"))
                .param(orgId)
                .query(String.class)
                .optional()
                .orElse(Long.toString(orgId));
    }

    /** The user's login name, or the id as text when there is no such user (shown in a refusal). */
    String usernameOf(long userId) {
        return jdbc.sql("select " + UserSql.username("?"))
                .param(userId)
                .query(String.class)
                .optional()
                .orElse(Long.toString(userId));
    }
}
