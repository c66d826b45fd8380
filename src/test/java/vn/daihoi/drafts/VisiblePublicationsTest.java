package vn.daihoi.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Role;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.drafts.DraftRecords.Publication;
import vn.daihoi.drafts.DraftRecords.Unit;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;

/**
 * The list of publications a user can see reads a fixed number of statements (the publications, then the
 * units of all of them), not two per row: 200 rows, 2 statements, each row the same as read one by one.
 */
@SpringBootTest
class VisiblePublicationsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Drafts drafts;

    @Autowired
    DraftPublications publications;

    @Autowired
    DataSource dataSource;

    @Autowired
    AccessControl access;

    @Autowired
    AuditLog audit;

    @Autowired
    Clock clock;

    @Autowired
    vn.daihoi.org.OrgTree tree;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void twoHundredPublicationsAreReadInTwoStatementsAndMatchTheOneByOneReading() {
        Fixtures fixtures = new Fixtures(context);
        Province province = fixtures.province("dvis");
        ResultsFixtures.signIn(users, "admin");
        long draftId = drafts.create(
                province.orgId(),
                DraftKind.POLITICAL_REPORT,
                "Báo cáo chính trị " + province.marker(),
                "# Đánh giá nhiệm kỳ\nKết quả lãnh đạo.",
                null);
        List<List<Long>> sentTo = List.of(
                List.of(province.cellId()),
                List.of(province.communeId()),
                List.of(province.communeId(), province.cellId()));
        List<Long> published = new ArrayList<>();
        for (int i = 0; i < 205; i++) {
            published.add(publications.publish(
                    draftId,
                    1,
                    sentTo.get(i % 3),
                    null,
                    false,
                    false,
                    LocalDate.now(clock).plusDays(30)));
        }
        // a reader of the province alone: the publications above and nothing else
        String reader = Fixtures.unique("dvisr");
        fixtures.user(reader, "Người đọc " + province.marker(), province.orgId(), Role.VIEWER, province.orgId());
        ResultsFixtures.signIn(users, reader);

        AtomicInteger statements = new AtomicInteger();
        DraftPublications counted = new DraftPublications(
                JdbcClient.create(counting(dataSource, statements)), access, audit, clock, drafts, tree);
        List<Publication> visible = counted.visible();

        assertThat(statements.get())
                .as("statements for %d rows", visible.size())
                .isEqualTo(2);
        List<Long> newest =
                published.stream().sorted(Comparator.reverseOrder()).limit(200).toList();
        assertThat(visible).extracting(Publication::id).containsExactlyElementsOf(newest);
        for (Publication p : visible) {
            List<Long> sent = sentTo.get(published.indexOf(p.id()) % 3);
            // units by name: the cell ("Chi bộ …") before the commune ("Xã …")
            assertThat(p.units())
                    .extracting(Unit::id)
                    .containsExactlyElementsOf(
                            sent.size() == 2 ? List.of(province.cellId(), province.communeId()) : sent);
            assertThat(p).isEqualTo(publications.find(p.id()));
        }
    }

    /** The data source, counting every statement prepared or created on its connections. */
    static DataSource counting(DataSource target, AtomicInteger statements) {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof Connection connection) {
                        return Proxy.newProxyInstance(
                                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
                                    if (m.getName().startsWith("prepare")
                                            || m.getName().equals("createStatement")) {
                                        statements.incrementAndGet();
                                    }
                                    return invoke(connection, m, a);
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
