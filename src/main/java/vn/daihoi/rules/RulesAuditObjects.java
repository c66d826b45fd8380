package vn.daihoi.rules;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.daihoi.audit.AuditObjects;

/** The log links rule parameters to the rulebook and calendar days and Tết to the calendar of their year. */
@Component
class RulesAuditObjects implements AuditObjects {

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.link(
                        "rule_parameter",
                        "select p.key || ' (' || p.term || ')' as name, 'x' as ref, null::bigint as org_id from rule_parameter p where p.id = ?::bigint",
                        "/rules",
                        "RULEBOOK_VIEW"),
                Rule.link(
                        "calendar_day",
                        "select to_char(x.d, 'DD/MM/YYYY') as name, extract(year from x.d)::int as ref, null::bigint as org_id from (select ?::date as d) x",
                        "/rules/calendar?year={ref}",
                        "RULEBOOK_VIEW"),
                Rule.link(
                        "official_tet",
                        "select x.y::text as name, x.y as ref, null::bigint as org_id from (select ?::int as y) x",
                        "/rules/calendar?year={ref}",
                        "RULEBOOK_VIEW"));
    }
}
