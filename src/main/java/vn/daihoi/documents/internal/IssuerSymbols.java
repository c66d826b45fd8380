package vn.daihoi.documents.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.daihoi.documents.DocumentSymbols;
import vn.daihoi.documents.SymbolResolution;
import vn.daihoi.org.OrgNode;
import vn.daihoi.org.OrgSql;
import vn.daihoi.org.OrgTree;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

/**
 * The issuer abbreviation of a node on a date, and the reverse: the nodes an abbreviation names on a
 * date. Names change (BTGTW became BTGDVTW, district "HU" vanished in 7/2025), so both read the version
 * of the effective-dated tree valid on the document's date. "TU" belongs to every province: it is
 * resolved around a context node (its ancestors first, then its subtree) or returned as candidates.
 */
@Service
public class IssuerSymbols {

    /** {@link DocumentSymbols#defaultIssuerSymbol} in SQL, for searching; IssuerSymbolsTest keeps them equal. */
    public static final String DEFAULT_SQL = """
            case v.level when 'CENTRAL' then 'TW'
                when 'GRASSROOTS_CELL' then 'CB' when 'SUBORDINATE_CELL' then 'CB' when 'PARTY_GROUP' then 'CB'
                when 'DIRECTLY_UNDER_CENTRAL' then
                    case v.unit_type when 'AGENCY_BLOC' then 'ĐUK' when 'ARMED_FORCES' then 'ĐU' else 'TU' end
                else case v.unit_type when 'AGENCY_BLOC' then 'ĐUK' else 'ĐU' end end""";

    private static final String EFFECTIVE =
            "normalize(replace(coalesce(v.issuer_symbol, " + DEFAULT_SQL + "), ' ', ''), NFC)";
    private static final int MAX_CANDIDATES = 50;

    private final OrgTree tree;
    private final JdbcClient jdbc;

    IssuerSymbols(OrgTree tree, JdbcClient jdbc) {
        this.tree = tree;
        this.jdbc = jdbc;
    }

    /** The node's abbreviation on the date: the one its version records, else the default of its level and type. */
    public String symbolAt(long orgId, LocalDate date) {
        OrgNode node = nodeAt(orgId, date);
        return symbolOf(node);
    }

    static String symbolOf(OrgNode node) {
        return node.issuerSymbol() != null && !node.issuerSymbol().isBlank()
                ? DocumentSymbols.normalizeIssuer(node.issuerSymbol())
                : DocumentSymbols.defaultIssuerSymbol(node.level(), node.unitType());
    }

    /** The node's version on the date, refused when the node did not exist then. */
    public OrgNode nodeAt(long orgId, LocalDate date) {
        return tree.node(orgId, date)
                .orElseThrow(() -> new DomainException(
                        "documents.error.issuerNotAtDate", String.valueOf(orgId), Dates.format(date)));
    }

    /**
     * The nodes whose abbreviation on {@code date} is {@code issuerSymbol}: around {@code contextOrgId} when
     * given (its ancestors, nearest first, then its subtree), else within {@code scopeRoots}' subtrees and
     * their ancestors.
     */
    public List<SymbolResolution.IssuerCandidate> resolve(
            String issuerSymbol, LocalDate date, Long contextOrgId, Collection<Long> scopeRoots) {
        String symbol = DocumentSymbols.normalizeIssuer(issuerSymbol);
        List<Long> around = contextOrgId != null ? List.of(contextOrgId) : List.copyOf(scopeRoots);
        if (around.isEmpty() || symbol == null || symbol.isEmpty()) {
            return List.of();
        }
        List<Ranked> found = jdbc.sql("""
                        select v.org_id as id, v.code, v.name, min(n.rank) as rank
                        from %s n
                        join %s v on v.org_id = n.org_id
                        where %s = :symbol
                        group by v.org_id, v.code, v.name
                        order by min(n.rank), v.name
                        limit :limit""".formatted(OrgSql.ranked("(:around)"), OrgSql.versionsOn(":date"), EFFECTIVE))
                .param("around", around)
                .param("date", date)
                .param("symbol", symbol)
                .param("limit", MAX_CANDIDATES)
                .query((rs, i) -> new Ranked(
                        new SymbolResolution.IssuerCandidate(
                                rs.getLong("id"), rs.getString("code"), rs.getString("name")),
                        rs.getLong("rank") < 0))
                .list();
        // An ancestor (or the context itself) bearing the symbol is the one meant: a cell citing "ĐU" means
        // its own Party committee, not the committees below it.
        return found.stream()
                .filter(r -> r.ancestor() || found.stream().noneMatch(Ranked::ancestor))
                .limit(found.stream().anyMatch(Ranked::ancestor) ? 1 : MAX_CANDIDATES)
                .map(Ranked::candidate)
                .toList();
    }

    private record Ranked(SymbolResolution.IssuerCandidate candidate, boolean ancestor) {}
}
