package vn.daihoi.security;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.files.UploadCheck;
import vn.daihoi.security.Fixtures.Province;

/**
 * The dossier module's resources for the permission matrix: a checklist item of the commune's case, one
 * dossier file of that case, and an approval meeting of the province. Test-only bean, like SeasonFixtures.
 */
@Component
public class DossierFixtures {

    private static final Map<Long, Long> FILES = new ConcurrentHashMap<>();
    private static final Map<Long, Long> MEETINGS = new ConcurrentHashMap<>();
    private static volatile JdbcClient jdbc;

    DossierFixtures(JdbcClient client) {
        jdbc = client;
    }

    static long item() {
        return jdbc.sql("""
                        select id from dossier_item where level = 'GRASSROOTS_COMMITTEE' and kind = 'ALL_MEMBER'
                        order by position limit 1""").query(Long.class).single();
    }

    /** {id} the commune's case, {item} an item of its checklist. */
    static Map<String, String> caseAndItem(Province p) {
        Map<String, String> values = new LinkedHashMap<>(PermissionMatrixTest.resident(p));
        values.put("id", Long.toString(SeasonFixtures.caseOf(p)));
        values.put("item", Long.toString(item()));
        return values;
    }

    /** {id} a dossier file of the commune's case. */
    static Map<String, String> file(Province p) {
        long id = FILES.computeIfAbsent(p.communeId(), commune -> {
            byte[] bytes = ("%PDF-1.4\n% " + p.marker() + "\n").getBytes(StandardCharsets.UTF_8);
            long stored = jdbc.sql("""
                            insert into stored_file (filename, content_type, size, sha256, bytes, org_id, stored_at,
                                stored_by)
                            values ('to-trinh.pdf', 'application/pdf', ?, ?, ?, ?, now(), 'test') returning id""")
                    .params(bytes.length, UploadCheck.sha256(bytes), bytes, commune)
                    .query(Long.class)
                    .single();
            return jdbc.sql("""
                            insert into dossier_file (case_id, item_id, version, stored_file_id, uploaded_at,
                                uploaded_by)
                            values (?, ?, 1, ?, now(), 'test') returning id""")
                    .params(SeasonFixtures.caseOf(p), item(), stored)
                    .query(Long.class)
                    .single();
        });
        Map<String, String> values = new LinkedHashMap<>(PermissionMatrixTest.resident(p));
        values.put("id", Long.toString(id));
        return values;
    }

    /** {id} an approval meeting of the province (no unit on it yet). */
    static Map<String, String> meeting(Province p) {
        long id = MEETINGS.computeIfAbsent(
                p.orgId(),
                province -> jdbc.sql("""
                        insert into approval_meeting (superior_org_id, meets_on, starts_at, ends_at, place, created_at,
                            created_by)
                        values (?, current_date, time '08:00', time '09:00', 'Phòng họp', now(), 'test')
                        returning id""").param(province).query(Long.class).single());
        Map<String, String> values = new LinkedHashMap<>(PermissionMatrixTest.resident(p));
        values.put("id", Long.toString(id));
        return values;
    }

    /** {id} a checklist item (the checklist is global). */
    static Map<String, String> checklistItem(Province p) {
        Map<String, String> values = new LinkedHashMap<>(PermissionMatrixTest.resident(p));
        values.put("id", Long.toString(item()));
        return values;
    }
}
