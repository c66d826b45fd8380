package vn.daihoi.documents;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.documents.internal.IssuerSymbols;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

/**
 * Where a document is numbered and which number is free: the committee term of the issuer on the date
 * (from {@link CommitteeTerms}) or the congress's term, the sequence key, the advisory lock that makes
 * issuing in one sequence one-at-a-time, and the refusal of a number already taken.
 */
@Component
class Numbering {

    /** Congress documents carry the congress's abbreviation, e.g. {@code 01-NQ/ĐH} (practice, not verified). */
    static final String CONGRESS_SYMBOL = "ĐH";

    /** Where a document is numbered: its sequence, term and the issuer's abbreviation on its date. */
    record Placing(NumberSequence sequence, String term, String issuerSymbol) {}

    private final JdbcClient jdbc;
    private final CommitteeTerms terms;
    private final IssuerSymbols issuers;

    Numbering(JdbcClient jdbc, CommitteeTerms terms, IssuerSymbols issuers) {
        this.jdbc = jdbc;
        this.terms = terms;
        this.issuers = issuers;
    }

    /** Refuses {@code number} when a document of the sequence already has it, naming that document. */
    void refuseTaken(Placing placing, int number) {
        existing(placing.sequence(), placing.term(), number).ifPresent(e -> {
            throw duplicate(placing, number, e);
        });
    }

    Placing place(long issuerOrgId, DocumentType type, LocalDate date, Long congressCaseId) {
        if (congressCaseId == null) {
            String term = terms.termAt(issuerOrgId, date);
            return new Placing(
                    NumberSequence.of(issuerOrgId, type, term, null), term, issuers.symbolAt(issuerOrgId, date));
        }
        CommitteeTerms.CongressOf c = terms.congress(congressCaseId)
                .orElseThrow(() ->
                        DomainException.notFound("documents.error.congressNotFound", String.valueOf(congressCaseId)));
        if (c.orgId() != issuerOrgId) {
            throw new DomainException("documents.error.congressOtherUnit", String.valueOf(congressCaseId));
        }
        return new Placing(NumberSequence.of(issuerOrgId, type, c.term(), congressCaseId), c.term(), CONGRESS_SYMBOL);
    }

    void lock(NumberSequence sequence) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param(sequence.lockName())
                .query()
                .singleValue();
    }

    int next(Placing placing) {
        NumberSequence s = placing.sequence();
        String term = placing.term();
        int max = s.congress()
                ? jdbc.sql("select coalesce(max(number), 0) from document where congress_case_id = ?")
                        .param(s.congressCaseId())
                        .query(Integer.class)
                        .single()
                : jdbc.sql("""
                                select coalesce(max(number), 0) from document
                                where issuer_org_id = ? and number_series = ? and term = ? and congress_case_id is null""")
                        .params(s.issuerOrgId(), s.series(), term)
                        .query(Integer.class)
                        .single();
        return max + 1;
    }

    private record Existing(long id, String symbol, DocumentType type, LocalDate issuedOn, String subject) {}

    private Optional<Existing> existing(NumberSequence s, String term, int number) {
        var query = s.congress()
                ? jdbc.sql("select id, symbol, type, issued_on, subject from document"
                                + " where congress_case_id = ? and number = ?")
                        .params(s.congressCaseId(), number)
                : jdbc.sql("""
                                select id, symbol, type, issued_on, subject from document
                                where issuer_org_id = ? and number_series = ? and term = ? and number = ?
                                  and congress_case_id is null""").params(s.issuerOrgId(), s.series(), term, number);
        return query.query((rs, i) -> new Existing(
                        rs.getLong("id"),
                        rs.getString("symbol"),
                        DocumentType.valueOf(rs.getString("type")),
                        rs.getObject("issued_on", LocalDate.class),
                        rs.getString("subject")))
                .optional();
    }

    private static DomainException duplicate(Placing placing, int number, Existing e) {
        return placing.sequence().congress()
                ? DomainException.conflict(
                        "documents.error.duplicateCongress",
                        String.valueOf(number),
                        e.symbol(),
                        e.type().vietnamese(),
                        Dates.format(e.issuedOn()),
                        e.subject(),
                        e.id())
                : DomainException.conflict(
                        "documents.error.duplicate",
                        e.symbol(),
                        placing.term(),
                        e.type().vietnamese(),
                        Dates.format(e.issuedOn()),
                        e.subject(),
                        String.valueOf(e.id()));
    }
}
