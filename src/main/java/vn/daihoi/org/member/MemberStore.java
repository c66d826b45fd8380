package vn.daihoi.org.member;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import vn.daihoi.names.PersonName;
import vn.daihoi.names.VietnameseNames;
import vn.daihoi.org.Members.MemberData;

/**
 * Writes member rows. One member at a time with plain SQL; thousands with PostgreSQL's COPY on the
 * connection of the surrounding transaction, which is what makes a national import take minutes.
 */
@Component
class MemberStore {

    private static final String COPY_MEMBERS = """
        copy member (id, family_name, middle_name, given_name, full_name, manual_sort_key, sort_key, search_text,
                     sex, birth_date, ethnicity, religion, national_id, phone, party_card_no, admission_date,
                     official_date, status, situation, org_id)
        from stdin (format csv)""";
    private static final String COPY_ASSIGNMENTS =
            "copy member_assignment (member_id, org_id, valid_from, reason) from stdin (format csv)";
    private static final int CHUNK = 2000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    MemberStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** The values computed from a name: the full name, the ballot-order key, the search text. */
    record Derived(String fullName, byte[] sortKey, String searchText) {
        static Derived of(MemberData d) {
            PersonName name = new PersonName(d.familyName(), d.middleName(), d.givenName());
            return new Derived(
                    name.full(),
                    VietnameseNames.sortKey(name, d.manualSortKey()),
                    VietnameseNames.searchKey(name.full()));
        }
    }

    long insert(MemberData d) {
        List<Object> values = new ArrayList<>(recordValues(d));
        values.add(d.orgId());
        return jdbc.sql("""
            insert into member (family_name, middle_name, given_name, full_name, manual_sort_key, sort_key, search_text,
                                sex, birth_date, ethnicity, religion, national_id, phone, party_card_no, admission_date,
                                official_date, status, situation, org_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
            """).params(values).query(Long.class).single();
    }

    /** The record's columns in the order insert and update list them (the cell excluded). */
    private static List<Object> recordValues(MemberData d) {
        Derived x = Derived.of(d);
        return Arrays.asList(
                d.familyName(),
                d.middleName(),
                d.givenName(),
                x.fullName(),
                d.manualSortKey(),
                x.sortKey(),
                x.searchText(),
                d.sex().name(),
                d.birthDate(),
                d.ethnicity(),
                d.religion(),
                d.nationalId(),
                d.phone(),
                d.partyCardNo(),
                d.admissionDate(),
                d.officialDate(),
                d.status().name(),
                d.situation().name());
    }

    /** Updates everything but the cell; false when someone else changed the record first. */
    boolean update(long id, int version, MemberData d) {
        List<Object> values = new ArrayList<>(recordValues(d));
        values.add(id);
        values.add(version);
        return jdbc.sql("""
            update member set family_name = ?, middle_name = ?, given_name = ?, full_name = ?, manual_sort_key = ?,
                   sort_key = ?, search_text = ?, sex = ?, birth_date = ?, ethnicity = ?, religion = ?,
                   national_id = ?, phone = ?, party_card_no = ?, admission_date = ?, official_date = ?,
                   status = ?, situation = ?, updated_at = now(), version = version + 1
            where id = ? and version = ?
            """).params(values).update() == 1;
    }

    void openAssignment(
            long memberId, long orgId, LocalDate from, String reason, String decisionNo, LocalDate decisionDate) {
        jdbc.sql("""
            insert into member_assignment (member_id, org_id, valid_from, reason, decision_no, decision_date)
            values (?, ?, ?, ?, ?, ?)
            """)
                .params(memberId, orgId, from, reason, decisionNo, decisionDate)
                .update();
    }

    /**
     * Inserts members (each with its {@code orgId}) and their opening assignments with COPY, inside the
     * caller's transaction. Ids come from the sequence up front so both tables go in one pass each.
     */
    void copyIn(List<MemberData> members, LocalDate validFrom, String reason) {
        if (members.isEmpty()) {
            return;
        }
        List<Long> ids = jdbc.sql("select nextval('member_id_seq') from generate_series(1, ?)")
                .param(members.size())
                .query(Long.class)
                .list();
        Connection con = DataSourceUtils.getConnection(dataSource);
        CopyIn in = null;
        try {
            var copy = con.unwrap(PGConnection.class).getCopyAPI();
            in = copy.copyIn(COPY_MEMBERS);
            StringBuilder sb = new StringBuilder(CHUNK * 300);
            for (int i = 0; i < members.size(); i++) {
                memberLine(sb, ids.get(i), members.get(i));
                if ((i + 1) % CHUNK == 0) {
                    flush(in, sb);
                }
            }
            flush(in, sb);
            in.endCopy();
            in = copy.copyIn(COPY_ASSIGNMENTS);
            for (int i = 0; i < members.size(); i++) {
                line(sb, ids.get(i), members.get(i).orgId(), validFrom, reason);
                if ((i + 1) % CHUNK == 0) {
                    flush(in, sb);
                }
            }
            flush(in, sb);
            in.endCopy();
        } catch (SQLException e) {
            cancel(in);
            throw new CopyFailed(e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    /** COPY was refused by the database (most likely a unique number inserted meanwhile by someone else). */
    static class CopyFailed extends RuntimeException {
        CopyFailed(SQLException cause) {
            super(cause);
        }

        boolean uniqueViolation() {
            return getCause() instanceof SQLException s && "23505".equals(s.getSQLState());
        }
    }

    private static void memberLine(StringBuilder sb, long id, MemberData d) {
        Derived x = Derived.of(d);
        line(
                sb,
                id,
                d.familyName(),
                d.middleName(),
                d.givenName(),
                x.fullName(),
                d.manualSortKey(),
                "\\x" + HexFormat.of().formatHex(x.sortKey()),
                x.searchText(),
                d.sex().name(),
                d.birthDate(),
                d.ethnicity(),
                d.religion(),
                d.nationalId(),
                d.phone(),
                d.partyCardNo(),
                d.admissionDate(),
                d.officialDate(),
                d.status().name(),
                d.situation().name(),
                d.orgId());
    }

    /** One CSV line: null unquoted (COPY's NULL), every value quoted so an empty string stays empty. */
    private static void line(StringBuilder sb, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            if (values[i] != null) {
                sb.append('"')
                        .append(values[i].toString().replace("\"", "\"\""))
                        .append('"');
            }
        }
        sb.append('\n');
    }

    private static void cancel(CopyIn in) {
        try {
            if (in != null && in.isActive()) {
                in.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the transaction is rolled back anyway; the first error is the one worth reporting
        }
    }

    private static void flush(CopyIn in, StringBuilder sb) throws SQLException {
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        sb.setLength(0);
    }
}
