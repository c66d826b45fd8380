package vn.daihoi.elections.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.elections.NewElection.ListedName;
import vn.daihoi.names.PersonName;

/** Writes a round's list, numbered from 1 in the order given (already ballot order). */
public final class RoundLists {

    private RoundLists() {}

    public static void insert(JdbcClient jdbc, long roundId, List<ListedName> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ListedName n = ordered.get(i);
            jdbc.sql("""
                            insert into round_candidate (round_id, position, member_id, full_name, birth_date)
                            values (?, ?, ?, ?, ?)
                            """)
                    .params(roundId, i + 1, n.memberId(), PersonName.clean(n.fullName()), n.birthDate())
                    .update();
        }
    }
}
