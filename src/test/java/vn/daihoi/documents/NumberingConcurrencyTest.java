package vn.daihoi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.org.TreeMaintenance;

/** Offices issuing at the same moment in one sequence never get the same number, and none is skipped. */
@SpringBootTest
class NumberingConcurrencyTest {

    static final int THREADS = 6;
    static final int EACH = 5;

    @Autowired
    DocumentRegister register;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TreeMaintenance maintenance;

    @Autowired
    UserDetailsService users;

    @Test
    void concurrentIssuingGivesDistinctConsecutiveNumbers() throws Exception {
        DocumentTree tree = new DocumentTree(jdbc, tx, maintenance, users);
        long commune = tree.node("Đảng ủy xã Đồng Thời", "SUPERIOR_OF_GRASSROOTS", "COMMUNE", null, tree.root());
        long congress = tree.congressCase(commune, "2025-2030");
        LocalDate date = LocalDate.of(2026, 2, 3);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS * 2);
        List<Future<List<IssuedDocument>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS * 2; t++) {
                // Half the threads issue committee plans, half congress documents of alternating types.
                boolean inCongress = t % 2 == 1;
                int thread = t;
                Callable<List<IssuedDocument>> work = () -> {
                    tree.signIn("admin");
                    try {
                        start.await();
                        List<IssuedDocument> mine = new ArrayList<>();
                        for (int i = 0; i < EACH; i++) {
                            NewDocument d = inCongress
                                    ? NewDocument.outgoing(
                                                    commune,
                                                    IssuingOrgan.CONGRESS,
                                                    (thread + i) % 2 == 0
                                                            ? DocumentType.BIEN_BAN
                                                            : DocumentType.NGHI_QUYET,
                                                    date,
                                                    "Văn bản đại hội " + thread + "-" + i)
                                            .inCongress(congress)
                                    : NewDocument.outgoing(
                                            commune,
                                            IssuingOrgan.BTV,
                                            DocumentType.KE_HOACH,
                                            date,
                                            "Kế hoạch " + thread + "-" + i);
                            mine.add(register.issue(d));
                        }
                        return mine;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                };
                results.add(pool.submit(work));
            }
            start.countDown();
            List<Integer> plans = new ArrayList<>();
            List<Integer> congressNumbers = new ArrayList<>();
            for (int t = 0; t < results.size(); t++) {
                for (IssuedDocument d : results.get(t).get(120, TimeUnit.SECONDS)) {
                    (t % 2 == 1 ? congressNumbers : plans).add(d.number());
                }
            }
            List<Integer> expected = java.util.stream.IntStream.rangeClosed(1, THREADS * EACH)
                    .boxed()
                    .toList();
            assertThat(plans).hasSize(THREADS * EACH).doesNotHaveDuplicates();
            assertThat(plans.stream().sorted().toList()).isEqualTo(expected);
            assertThat(congressNumbers.stream().sorted().toList()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(distinct symbol) from document where issuer_org_id = ? and type = 'KE_HOACH'")
                        .param(commune)
                        .query(Long.class)
                        .single())
                .isEqualTo((long) THREADS * EACH);
    }
}
