package vn.daihoi.elections.secretary;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.elections.NewElection;
import vn.daihoi.names.PersonName;
import vn.daihoi.platform.DomainException;

/**
 * The check {@link Elections#open} makes on a secretary the congress elects directly: one name, on an
 * agree/disagree ballot for one seat, and that name the one the introduction ballot introduced
 * ({@link SecretaryIntroductions}). Kept apart from the introductions so that opening an election does not
 * depend on the service that opens it.
 */
@Component
public class IntroducedSecretary {

    private final JdbcClient jdbc;

    IntroducedSecretary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The name the introduction ballot introduced for the case, if it has. */
    Optional<NewElection.ListedName> of(long caseId) {
        return jdbc.sql("""
                        select n.member_id, n.full_name, n.birth_date
                        from secretary_introduction i
                        join secretary_introduction_name n on n.introduction_id = i.id and n.position = i.introduced
                        where i.case_id = ? and i.state = 'INTRODUCED'
                        order by i.round_no desc limit 1
                        """).param(caseId).query(NewElection.ListedName.class).optional();
    }

    public void require(long caseId, NewElection election) {
        boolean held = jdbc.sql("""
                        select exists (select 1 from election
                                       where case_id = ? and meeting = 'CONGRESS' and body = 'SECRETARY')
                        """).param(caseId).query(Boolean.class).single();
        if (held) {
            // a failed one-name vote is for the congress and the superior to settle, not a second election here
            throw DomainException.conflict("elections.secretary.error.alreadyHeld");
        }
        NewElection.ListedName introduced =
                of(caseId).orElseThrow(() -> DomainException.conflict("elections.secretary.error.notIntroduced"));
        if (election.seats() != 1
                || election.ballotForm() != BallotForm.AGREE_DISAGREE
                || election.names().size() != 1) {
            throw new DomainException("elections.secretary.error.oneName", introduced.fullName());
        }
        NewElection.ListedName named = election.names().getFirst();
        String name = named.fullName() == null ? "" : PersonName.clean(named.fullName());
        boolean sameMember = named.memberId() == null
                || introduced.memberId() == null
                || named.memberId().equals(introduced.memberId());
        if (!name.equals(PersonName.clean(introduced.fullName())) || !sameMember) {
            throw DomainException.conflict("elections.secretary.error.notTheIntroduced", name, introduced.fullName());
        }
    }
}
