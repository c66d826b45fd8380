package vn.daihoi.bench;

import java.net.http.HttpResponse;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.DaihoiApplication;
import vn.daihoi.access.Role;
import vn.daihoi.org.TreeMaintenance;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.WebSession;

/**
 * (7) Opening the synthesis of a provincial draft: 20,000 comments from 3,000 units (a tenth of them merged
 * into 500 points), all forwarded to the province. Measured: the synthesis page over HTTP (GET
 * /drafts/publications/{id}/synthesis, signed in, the whole HTML with the first 100 points) and its JSON
 * (GET /api/draft-publications/{id}/synthesis, HTTP Basic). Reference: a plain count(*) of the
 * publication's comments.
 *
 * <p>Starts the app itself on an ephemeral embedded PostgreSQL and loads its data set there. Run: see
 * docs/benchmarks.md. Arguments: [requests per round, default 100].
 */
public final class DraftSynthesisBenchmark {

    static final int UNITS = 3_000;
    static final int COMMENTS = 20_000;
    static final int POINTS = 500;
    static final int PARAGRAPHS = 60;

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DaihoiApplication.class)
                .run(
                        "--server.port=0",
                        "--daihoi.db.embedded.ephemeral=true",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN")) {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Fixtures fx = new Fixtures(app);
            Province p = fx.province("bench");
            String office = fx.username(fx.userWithRole(Role.COMMITTEE_OFFICE, p.orgId()));
            long t0 = System.nanoTime();
            long publication = load(app, jdbc, p);
            System.out.printf(
                    "loaded %d units, %d comments in %.1f s%n", UNITS, COMMENTS, (System.nanoTime() - t0) / 1e9);

            WebSession session = new WebSession(port);
            if (WebSession.location(session.login(office, Fixtures.PASSWORD)).contains("error")) {
                throw new IllegalStateException("sign-in failed");
            }
            String pagePath = "/drafts/publications/" + publication + "/synthesis";
            String apiPath = "/api/draft-publications/" + publication + "/synthesis";
            Samples page = new Samples("synthesis page (HTML, 100 points)");
            Samples api = new Samples("synthesis JSON (HTTP Basic)");
            Samples reference = new Samples("count(*) of the comments (reference)");
            for (int round = 0; round < 2; round++) { // round 0 warms caches and the JIT
                for (int i = 0; i < requests; i++) {
                    long a = System.nanoTime();
                    check(session.get(pagePath));
                    long b = System.nanoTime();
                    check(WebSession.basic(port, "GET", apiPath, office, Fixtures.PASSWORD));
                    long c = System.nanoTime();
                    jdbc.sql("select count(*) from draft_comment where publication_id = ?")
                            .param(publication)
                            .query(Long.class)
                            .single();
                    long d = System.nanoTime();
                    if (round == 1) {
                        page.add(b - a);
                        api.add(c - b);
                        reference.add(d - c);
                    }
                }
            }
            System.out.println(Samples.header());
            System.out.println(reference.row(null));
            System.out.println(page.row(reference));
            System.out.println(api.row(reference));
        }
    }

    private static void check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
    }

    /** The units, the draft, its publication to every unit and the comments, all held by the province. */
    static long load(ConfigurableApplicationContext app, JdbcClient jdbc, Province p) {
        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        return tx.execute(status -> {
            jdbc.sql("""
                    with u as (insert into org_unit (code) select ? || '-' || g from generate_series(1, ?) g returning id, code)
                    insert into org_version (org_id, valid_from, name, level, parent_id, superior_id, change_kind)
                    select id, date '2025-07-01', 'Chi bộ thử nghiệm ' || split_part(code, '-', 3), 'SUBORDINATE_CELL',
                           ?, ?, 'CREATE' from u""")
                    .params("B-" + p.marker(), UNITS, p.communeId(), p.communeId())
                    .update();
            app.getBean(TreeMaintenance.class).rebuildClosure();
            long draft = jdbc.sql("""
                    insert into draft (org_id, kind, title, created_by, created_at)
                    values (?, 'POLITICAL_REPORT', 'Dự thảo Báo cáo chính trị (benchmark)', 'bench', now()) returning id""").param(p.orgId()).query(Long.class).single();
            long version = jdbc.sql("""
                    insert into draft_version (draft_id, number, author, created_at) values (?, 1, 'bench', now())
                    returning id""").param(draft).query(Long.class).single();
            jdbc.sql("""
                    insert into draft_paragraph (version_id, position, anchor, heading, section_no, paragraph_no, text)
                    select ?, g - 1, 'p' || g, (g - 1) % 6 = 0, (g - 1) / 6 + 1, (g - 1) % 6,
                           'Đoạn ' || g || ' của dự thảo báo cáo chính trị nhiệm kỳ 2025-2030.'
                    from generate_series(1, ?) g""").params(version, PARAGRAPHS).update();
            long publication = jdbc.sql("""
                    insert into draft_publication (draft_id, version_id, publisher_org_id, to_members, public_portal,
                        deadline, published_by, published_at)
                    values (?, ?, ?, true, false, date '2099-12-31', 'bench', now()) returning id""")
                    .params(draft, version, p.orgId())
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                    insert into draft_publication_unit (publication_id, org_id)
                    select ?, u.id from org_unit u where u.code like ?""").params(publication, "B-" + p.marker() + "-%").update();
            List<Long> points =
                    jdbc.sql("""
                    insert into draft_point (publication_id, anchor, summary, created_by, created_at)
                    select ?, 'p' || (2 + g % 59), 'Điểm gộp số ' || g, 'bench', now() from generate_series(1, ?) g
                    returning id""").params(publication, POINTS).query(Long.class).list();
            jdbc.sql("""
                    with units as (select org_id, row_number() over (order by org_id) as n
                                   from draft_publication_unit where publication_id = :p)
                    insert into draft_comment (publication_id, anchor, origin_org_id, author, author_name, from_member,
                        text, created_at, holder_org_id, path, point_id)
                    select :p, 'p' || (2 + g % 59), u.org_id, 'nguoi' || (g % 12000), 'Người góp ý ' || (g % 12000),
                           g % 3 = 0,
                           'Ý kiến số ' || g || ': đề nghị làm rõ thêm nội dung, bổ sung số liệu và giải pháp thực hiện.',
                           now(), :province, array[u.org_id, :commune]::bigint[],
                           case when g % 10 = 0 then :firstPoint + (g / 10) % :npoints end
                    from generate_series(1, :comments) g join units u on u.n = 1 + g % :units""")
                    .param("p", publication)
                    .param("province", p.orgId())
                    .param("commune", p.communeId())
                    .param(
                            "firstPoint",
                            points.stream().mapToLong(Long::longValue).min().orElseThrow())
                    .param("npoints", POINTS)
                    .param("comments", COMMENTS)
                    .param("units", UNITS)
                    .update();
            jdbc.sql("analyze draft_comment").update();
            return publication;
        });
    }
}
