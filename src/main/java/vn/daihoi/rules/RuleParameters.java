package vn.daihoi.rules;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

/**
 * The rulebook: reads the value in force, lists parameters with their history, and records a change as a
 * new row that closes the one in force (never an overwrite), in one audited transaction. The caller checks
 * RULEBOOK_EDIT before {@link #change}.
 */
@Service
public class RuleParameters implements Rulebook {

    static final int MAX_BASIS = 1_000;
    /** Levels from the top down, parameters in the order of {@link RuleKey} (schedule, sizes, targets, deadlines). */
    private static final Comparator<RuleParameter> IN_CATALOGUE_ORDER =
            Comparator.comparing(RuleParameter::level).thenComparing(RuleParameter::key);

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final String COLUMNS =
            "id, term, level, key, value, legal_basis, valid_from, valid_to, changed_by, changed_at";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final MessageSource messages;

    RuleParameters(JdbcClient jdbc, AuditLog audit, Clock clock, MessageSource messages) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    public Optional<String> value(String term, OrgLevel level, RuleKey key, LocalDate on) {
        return jdbc.sql("""
                select value from rule_parameter
                where term = ? and level = ? and key = ? and valid_from <= ? and (valid_to is null or valid_to > ?)
                """)
                .params(term, level.name(), key.name(), Date.valueOf(on), Date.valueOf(on))
                .query(String.class)
                .optional();
    }

    /** The parameters in force on {@code on} for a term, of one level or (level null) of all. */
    public List<RuleParameter> inForce(String term, OrgLevel level, LocalDate on) {
        return jdbc
                .sql("select " + COLUMNS + """
                 from rule_parameter
                where term = ? and (cast(? as text) is null or level = ?)
                  and valid_from <= ? and (valid_to is null or valid_to > ?)
                order by level, key
                """)
                .params(term, levelName(level), levelName(level), Date.valueOf(on), Date.valueOf(on))
                .query(RuleParameters::row)
                .list()
                .stream()
                .sorted(IN_CATALOGUE_ORDER)
                .toList();
    }

    /** Every row, past, present and future, for a term (and level), newest first within a parameter. */
    public List<RuleParameter> history(String term, OrgLevel level) {
        return jdbc
                .sql("select " + COLUMNS + """
                 from rule_parameter
                where term = ? and (cast(? as text) is null or level = ?)
                order by level, key, valid_from desc
                """)
                .params(term, levelName(level), levelName(level))
                .query(RuleParameters::row)
                .list()
                .stream()
                .sorted(IN_CATALOGUE_ORDER.thenComparing(RuleParameter::validFrom, Comparator.reverseOrder()))
                .toList();
    }

    /**
     * Puts a new value in force from {@code validFrom}: the row in force is closed the day before, the new
     * row opened, and the change audited. A bad value, a missing legal basis or a date not after the start
     * of the value in force is refused and nothing changes.
     */
    @Transactional
    public RuleParameter change(RuleChange c) {
        if (c.term() == null || !RuleValues.TERMS.contains(c.term())) {
            throw new DomainException(
                    "rule.error.term", c.term() == null ? "" : c.term(), String.join(", ", RuleValues.TERMS));
        }
        if (c.level() == null || c.key() == null) {
            throw new DomainException("rule.error.parameterRequired");
        }
        DefaultMessageSourceResolvable label =
                new DefaultMessageSourceResolvable(c.key().labelKey());
        String value = RuleValues.normalise(c.key(), c.value());
        String basis = c.legalBasis() == null ? "" : c.legalBasis().strip();
        if (basis.isEmpty() || basis.length() > MAX_BASIS) {
            throw new DomainException("rule.error.basisRequired", label, MAX_BASIS);
        }
        if (c.validFrom() == null) {
            throw new DomainException("rule.error.validFromRequired", label);
        }
        Optional<RuleParameter> open = jdbc.sql("select " + COLUMNS + """
                 from rule_parameter where term = ? and level = ? and key = ? and valid_to is null for update
                """)
                .params(c.term(), c.level().name(), c.key().name())
                .query(RuleParameters::row)
                .optional();
        if (open.isPresent()) {
            RuleParameter old = open.get();
            if (!c.validFrom().isAfter(old.validFrom())) {
                throw new DomainException(
                        "rule.error.validFrom", label, Dates.format(c.validFrom()), Dates.format(old.validFrom()));
            }
            jdbc.sql("update rule_parameter set valid_to = ? where id = ?")
                    .params(Date.valueOf(c.validFrom()), old.id())
                    .update();
        }
        long id;
        try {
            id = jdbc.sql("""
                    insert into rule_parameter (term, level, key, value, legal_basis, valid_from, changed_by, changed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                    """)
                    .params(
                            c.term(),
                            c.level().name(),
                            c.key().name(),
                            value,
                            basis,
                            Date.valueOf(c.validFrom()),
                            CalendarAdmin.actor(),
                            Timestamp.from(clock.instant()))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("rule.error.concurrent", label);
        }
        String was = open.map(o -> "thay " + RuleValues.display(c.key(), o.value()) + " (" + o.legalBasis() + ")")
                .orElse("tham số mới");
        audit.record(AuditLog.Change.of(
                        "RULE_CHANGE",
                        "rule_parameter",
                        id,
                        null,
                        "Sổ tham số " + c.term() + ", " + vi(c.level().labelKey()) + ", "
                                + vi(c.key().labelKey()) + " = " + RuleValues.display(c.key(), value) + " từ "
                                + Dates.format(c.validFrom()) + "; " + was)
                .withDetails("căn cứ: " + basis));
        return jdbc.sql("select " + COLUMNS + " from rule_parameter where id = ?")
                .param(id)
                .query(RuleParameters::row)
                .single();
    }

    private String vi(String key) {
        return messages.getMessage(key, null, key, VIETNAMESE);
    }

    private static String levelName(OrgLevel level) {
        return level == null ? null : level.name();
    }

    private static RuleParameter row(ResultSet rs, int i) throws SQLException {
        Date to = rs.getDate("valid_to");
        return new RuleParameter(
                rs.getLong("id"),
                rs.getString("term"),
                OrgLevel.valueOf(rs.getString("level")),
                RuleKey.valueOf(rs.getString("key")),
                rs.getString("value"),
                rs.getString("legal_basis"),
                rs.getDate("valid_from").toLocalDate(),
                to == null ? null : to.toLocalDate(),
                rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant());
    }
}
