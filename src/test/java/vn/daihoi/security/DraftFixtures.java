package vn.daihoi.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.security.Fixtures.Province;

/**
 * A draft of each test province for the drafts rows of {@link PermissionMatrixTest} (module drafts): written
 * straight into the tables, since the rows' placeholder functions only get the province. The draft's
 * version 1 is published to the province's commune; one comment from the commune has reached the province
 * and one point of the synthesis exists. Placeholders: with {@link #draft} {id} is the draft; with
 * {@link #publication} {id} is the publication, {point} the point and {comment} the comment.
 */
@Component
public class DraftFixtures {

    private static volatile JdbcClient jdbc;
    private static final Map<Long, long[]> DRAFTS = new ConcurrentHashMap<>();

    DraftFixtures(JdbcClient client) {
        jdbc = client;
    }

    static Map<String, String> draft(Province p) {
        long[] ids = DRAFTS.computeIfAbsent(p.orgId(), org -> insert(p));
        Map<String, String> values = new LinkedHashMap<>(PermissionMatrixTest.resident(p));
        values.put("id", Long.toString(ids[0]));
        values.put("number", "1");
        return values;
    }

    static Map<String, String> publication(Province p) {
        long[] ids = DRAFTS.computeIfAbsent(p.orgId(), org -> insert(p));
        Map<String, String> values = new LinkedHashMap<>(PermissionMatrixTest.resident(p));
        values.put("id", Long.toString(ids[1]));
        values.put("point", Long.toString(ids[2]));
        values.put("comment", Long.toString(ids[3]));
        return values;
    }

    private static long[] insert(Province p) {
        long draft = jdbc.sql("""
                insert into draft (org_id, kind, title, created_by, created_at)
                values (?, 'POLITICAL_REPORT', ?, 'fixture', now()) returning id""")
                .params(p.orgId(), "Báo cáo chính trị của " + p.name())
                .query(Long.class)
                .single();
        long version = jdbc.sql("""
                insert into draft_version (draft_id, number, author, created_at) values (?, 1, 'fixture', now())
                returning id""").param(draft).query(Long.class).single();
        jdbc.sql("""
                insert into draft_paragraph (version_id, position, anchor, heading, section_no, paragraph_no, text)
                values (?, 0, 'p1', false, 0, 1, 'Đoạn thử quyền.')""").param(version).update();
        long publication = jdbc.sql("""
                insert into draft_publication (draft_id, version_id, publisher_org_id, to_members, public_portal,
                    deadline, published_by, published_at)
                values (?, ?, ?, true, false, date '2099-12-31', 'fixture', now()) returning id""")
                .params(draft, version, p.orgId())
                .query(Long.class)
                .single();
        jdbc.sql("insert into draft_publication_unit (publication_id, org_id) values (?, ?)")
                .params(publication, p.communeId())
                .update();
        long point = jdbc.sql("""
                insert into draft_point (publication_id, anchor, summary, created_by, created_at)
                values (?, 'p1', 'Điểm thử quyền', 'fixture', now()) returning id""").param(publication).query(Long.class).single();
        long comment = jdbc.sql("""
                insert into draft_comment (publication_id, anchor, origin_org_id, author, author_name, from_member,
                    text, created_at, holder_org_id, path)
                values (?, 'p1', ?, 'fixture', 'Người góp ý thử', false, 'Ý kiến thử quyền', now(), ?, array[?]::bigint[])
                returning id""")
                .params(publication, p.communeId(), p.orgId(), p.communeId())
                .query(Long.class)
                .single();
        return new long[] {draft, publication, point, comment};
    }
}
