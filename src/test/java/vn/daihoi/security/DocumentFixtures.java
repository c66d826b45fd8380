package vn.daihoi.security;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.security.Fixtures.Province;

/**
 * A document issued by each test province, for the document rows of {@link PermissionMatrixTest}: the
 * rows' placeholder functions only get the province, so the database is reached through the JdbcClient
 * this test-only bean keeps (all test contexts share one database). Placeholders: {id} the province's
 * document (a plan with an attached PDF, its subject naming the province), {pcode} the province's code.
 */
@Component
public class DocumentFixtures {

    private static volatile JdbcClient jdbc;
    private static final Map<Long, Long> DOCUMENTS = new ConcurrentHashMap<>();

    DocumentFixtures(JdbcClient client) {
        jdbc = client;
    }

    static Map<String, String> values(Province p) {
        Map<String, String> values = new LinkedHashMap<>(PermissionMatrixTest.resident(p));
        values.put("id", Long.toString(DOCUMENTS.computeIfAbsent(p.orgId(), org -> insert(p))));
        values.put("pcode", "P-" + p.marker());
        return values;
    }

    private static long insert(Province p) {
        long id = jdbc.sql("""
                        insert into document (issuer_org_id, registrar_org_id, organ, type, number_series, number, symbol,
                            term, issued_on, place, subject, direction, created_by, created_at)
                        values (?, ?, 'BTV', 'KE_HOACH', 'KH', 1, '01-KH/TU', '2025-2030', date '2025-12-01', 'Thử',
                            ?, 'OUTGOING', 'fixture', now())
                        returning id""")
                .params(p.orgId(), p.orgId(), "Kế hoạch đại hội của " + p.name())
                .query(Long.class)
                .single();
        byte[] pdf = "%PDF-1.4 thử".getBytes(StandardCharsets.UTF_8);
        jdbc.sql("""
                insert into document_file (document_id, filename, content_type, size, sha256, bytes)
                values (?, 'ke-hoach.pdf', 'application/pdf', ?, repeat('a', 64), ?)""").params(id, pdf.length, pdf).update();
        return id;
    }
}
