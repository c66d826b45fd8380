package vn.daihoi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.documents.internal.IssuerSymbols;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.TreeMaintenance;
import vn.daihoi.org.UnitType;

/** An issuer abbreviation resolved to the node that bore it on the date, around a context. */
@SpringBootTest
class IssuerResolutionTest {

    static final LocalDate DATE = LocalDate.of(2026, 1, 10);

    @Autowired
    DocumentRegister register;

    @Autowired
    IssuerSymbols symbols;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TreeMaintenance maintenance;

    @Autowired
    UserDetailsService users;

    DocumentTree tree;
    long provinceA;
    long provinceB;
    long communeA;
    long cellA;

    @BeforeEach
    void setUp() {
        tree = new DocumentTree(jdbc, tx, maintenance, users);
        provinceA = tree.node("Tỉnh ủy An", "DIRECTLY_UNDER_CENTRAL", "PROVINCE", null, tree.root());
        provinceB = tree.node("Tỉnh ủy Bình", "DIRECTLY_UNDER_CENTRAL", "PROVINCE", null, tree.root());
        communeA = tree.node("Đảng ủy xã An Phú", "SUPERIOR_OF_GRASSROOTS", "COMMUNE", null, provinceA);
        cellA = tree.node("Chi bộ thôn 1", "SUBORDINATE_CELL", "VILLAGE", null, communeA);
        tree.signIn("admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void tuAroundACommuneIsItsProvince() {
        var found = symbols.resolve("TU", DATE, communeA, List.of());
        assertThat(found).extracting(SymbolResolution.IssuerCandidate::orgId).containsExactly(provinceA);
        assertThat(symbols.resolve("ĐU", DATE, cellA, List.of()))
                .extracting(SymbolResolution.IssuerCandidate::orgId)
                .containsExactly(communeA);
        assertThat(symbols.resolve("TW", DATE, cellA, List.of()))
                .extracting(SymbolResolution.IssuerCandidate::orgId)
                .containsExactly(tree.root());
    }

    @Test
    void tuAroundANodeAboveSeveralProvincesIsAChoice() {
        long bloc = tree.node("Khối thử", "DIRECTLY_UNDER_CENTRAL", "AGENCY_BLOC", null, tree.root());
        long one = tree.node("Tỉnh ủy Một", "DIRECTLY_UNDER_CENTRAL", "PROVINCE", null, bloc);
        long two = tree.node("Tỉnh ủy Hai", "DIRECTLY_UNDER_CENTRAL", "PROVINCE", null, bloc);
        var found = symbols.resolve("TU", DATE, bloc, List.of());
        assertThat(found).extracting(SymbolResolution.IssuerCandidate::orgId).containsExactly(two, one);
        // Without a context, the user's scope is the context: the administrator's is the whole tree.
        assertThat(symbols.resolve("TU", DATE, null, List.of(tree.root())).size())
                .isGreaterThan(1);
    }

    @Test
    void aRecordedSymbolWinsAndHistoryIsRespected() {
        long board = tree.node("Ban Tuyên giáo Tỉnh ủy An", "DIRECTLY_UNDER_CENTRAL", "OTHER", "BTGTU", provinceA);
        tree.renameSymbol(board, LocalDate.of(2025, 3, 1), "Ban Tuyên giáo và Dân vận Tỉnh ủy An", "BTGDVTU");
        assertThat(symbols.symbolAt(board, LocalDate.of(2024, 8, 1))).isEqualTo("BTGTU");
        assertThat(symbols.symbolAt(board, DATE)).isEqualTo("BTGDVTU");
        assertThat(symbols.resolve("BTGTU", LocalDate.of(2024, 8, 1), provinceA, List.of()))
                .extracting(SymbolResolution.IssuerCandidate::orgId)
                .containsExactly(board);
        assertThat(symbols.resolve("BTGTU", DATE, provinceA, List.of())).isEmpty();
        assertThat(symbols.resolve("BTGDVTU", DATE, provinceA, List.of()))
                .extracting(SymbolResolution.IssuerCandidate::name)
                .containsExactly("Ban Tuyên giáo và Dân vận Tỉnh ủy An");
    }

    @Test
    void aParsedSymbolFindsTheRegisteredDocument() {
        IssuedDocument plan = register.issue(
                NewDocument.outgoing(provinceA, IssuingOrgan.BCH, DocumentType.KE_HOACH, DATE, "Đại hội các cấp"));
        SymbolResolution r = register.resolve("Số " + plan.symbol().replace("-", " - "), DATE, communeA);
        assertThat(r.resolved()).isTrue();
        assertThat(r.parsed().types()).containsExactly(DocumentType.KE_HOACH);
        assertThat(r.documents()).extracting(DocumentSummary::id).containsExactly(plan.id());
    }

    @Test
    void theSqlDefaultsAgreeWithTheJavaOnes() {
        for (OrgLevel level : OrgLevel.values()) {
            for (UnitType type : java.util.stream.Stream.concat(
                            Arrays.stream(UnitType.values()), java.util.stream.Stream.of((UnitType) null))
                    .toList()) {
                String sql = jdbc.sql("select " + IssuerSymbols.DEFAULT_SQL
                                + " from (select ?::text as level, ?::text as unit_type) v")
                        .params(level.name(), type == null ? null : type.name())
                        .query(String.class)
                        .single();
                assertThat(sql).as(level + "/" + type).isEqualTo(DocumentSymbols.defaultIssuerSymbol(level, type));
            }
        }
    }

    @Test
    void theDatabaseCodeListsMatchTheEnums() {
        assertThat(allowed("document_type_check")).isEqualTo(names(DocumentType.values()));
        assertThat(allowed("document_organ_check")).isEqualTo(names(IssuingOrgan.values()));
        assertThat(allowed("document_direction_check")).isEqualTo(names(Direction.values()));
    }

    List<String> allowed(String constraint) {
        String def = jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conname = ?")
                .param(constraint)
                .query(String.class)
                .single();
        return Arrays.stream(def.split("'"))
                .filter(s -> s.matches("[A-Z_]+"))
                .sorted()
                .toList();
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).sorted().toList();
    }
}
