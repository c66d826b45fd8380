package vn.daihoi.elections.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.counting.Body;
import vn.daihoi.elections.NewElection.ListedName;
import vn.daihoi.names.PersonName;
import vn.daihoi.platform.DomainException;

/**
 * The order of the elections of a congress day (elections.md §1): delegates before alternates, the committee
 * before a directly elected secretary, and the first meeting's bodies one after another once the committee
 * is elected, its base the members elected.
 */
@Component
public class ElectionOrder {

    /** The first meeting's bodies in the order they are elected. */
    static final List<Body> FIRST_MEETING = List.of(
            Body.STANDING_COMMITTEE,
            Body.SECRETARY,
            Body.DEPUTY_SECRETARY,
            Body.INSPECTION_COMMITTEE,
            Body.INSPECTION_CHAIR,
            Body.INSPECTION_VICE_CHAIR);

    private final JdbcClient jdbc;

    ElectionOrder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the case has a closed election of that body in that meeting. */
    public boolean closed(long caseId, String meeting, Body body) {
        return jdbc.sql("""
                        select exists (select 1 from election
                                       where case_id = ? and meeting = ? and body = ? and state = 'CLOSED')
                        """)
                .params(caseId, meeting, body.name())
                .query(Boolean.class)
                .single();
    }

    /** The names the congress elected to the new executive committee, every round together. */
    List<String> newCommittee(long caseId) {
        return jdbc.sql("""
                        select c.full_name from election e
                        join election_round r on r.election_id = e.id and r.state = 'RELEASED'
                        join round_candidate c on c.round_id = r.id
                        where e.case_id = ? and e.meeting = 'CONGRESS' and e.body = 'EXECUTIVE_COMMITTEE'
                          and e.state = 'CLOSED'
                          and exists (select 1 from jsonb_array_elements_text(r.result_json->'elected') el
                                      where el = 'c' || lpad(c.position::text, 2, '0'))
                        """).param(caseId).query(String.class).list();
    }

    /** A secretary elected directly: after the committee, and only from among its new members. */
    public void requireAmongNewCommittee(long caseId, List<ListedName> names) {
        if (!closed(caseId, "CONGRESS", Body.EXECUTIVE_COMMITTEE)) {
            throw DomainException.conflict("elections.error.committeeFirst");
        }
        Set<String> committee =
                newCommittee(caseId).stream().map(PersonName::clean).collect(Collectors.toSet());
        for (ListedName n : names) {
            String name = n.fullName() == null ? "" : PersonName.clean(n.fullName());
            if (!committee.contains(name)) {
                throw new DomainException("elections.error.notInCommittee", name);
            }
        }
    }

    /**
     * The base of a first-meeting election: the members elected to the committee. Refused before the committee
     * is elected, for a body the first meeting does not elect, and while an earlier body's election is open or
     * a later body's has already begun.
     */
    public int firstMeetingBase(long caseId, Body body) {
        int rank = FIRST_MEETING.indexOf(body);
        if (rank < 0) {
            throw new DomainException("elections.error.notFirstMeeting");
        }
        if (!closed(caseId, "CONGRESS", Body.EXECUTIVE_COMMITTEE)) {
            throw DomainException.conflict("elections.error.committeeFirst");
        }
        record Held(Body body, String state) {}
        for (Held h : jdbc.sql("select body, state from election where case_id = ? and meeting = 'FIRST_MEETING'")
                .param(caseId)
                .query(Held.class)
                .list()) {
            if (!"CLOSED".equals(h.state()) || FIRST_MEETING.indexOf(h.body()) > rank) {
                throw DomainException.conflict("elections.error.firstMeetingOrder");
            }
        }
        return newCommittee(caseId).size();
    }
}
