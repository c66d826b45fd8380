package vn.daihoi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.tally.TallyCommand;

/** The sample holds a closed congress whose elections were counted by the engine, each record recounting. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleElectionsTest {

    @Autowired
    DemoData demo;

    @Autowired
    JdbcClient jdbc;

    record Round(String title, String meeting, String record, String result) {}

    @Test
    void aClosedCongressHasItsElectionsCountedAndEveryRecordRecounts() throws Exception {
        demo.load(DemoData.Scale.SAMPLE);
        List<Round> rounds = jdbc.sql("""
                        select e.title, e.meeting, r.record_text as record, r.result_text as result
                        from election e join election_round r on r.election_id = e.id
                        join congress_case c on c.id = e.case_id join org_unit u on u.id = c.org_id
                        where u.code like 'HBX%' and c.state = 'ARCHIVED' and e.state = 'CLOSED'
                        order by e.id""").query(Round.class).list();
        assertThat(rounds).extracting(Round::meeting).containsExactly("CONGRESS", "FIRST_MEETING");
        assertThat(rounds.getFirst().result()).contains("\"status\" : \"DECIDED\"", "\"ALL_STRUCK_OUT\" : 1");
        assertThat(rounds.get(1).record()).contains("\"kind\" : \"COMMITTEE_MEETING\"", "\"summoned\" : 3");
        for (Round r : rounds) {
            Path file = Files.createTempFile("sample-record", ".json");
            Files.writeString(file, r.record());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = TallyCommand.tally(
                    List.of(file.toString()),
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            Files.delete(file);
            assertThat(status).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8).strip())
                    .isEqualTo(r.result().strip());
        }
        // held through the elections services by the demo's administrator: opened and released on the audit log
        int audited = jdbc.sql("""
                        select count(*) from audit_entry a
                        join election e on a.entity_type = 'election' and a.entity_id = e.id::text
                        join congress_case c on c.id = e.case_id join org_unit u on u.id = c.org_id
                        where u.code like 'HBX%' and a.action = 'ELECTION_OPEN' and e.created_by = 'quantri.hbx'
                          and c.state = 'ARCHIVED'
                        """).query(Integer.class).single();
        assertThat(audited).isEqualTo(2);
        int rolled = jdbc.sql("""
                        select count(*) from roll_entry r join congress_case c on c.id = r.case_id
                        join org_unit u on u.id = c.org_id where u.code like 'HBX%'""").query(Integer.class).single();
        assertThat(rolled).isGreaterThanOrEqualTo(9);
    }
}
