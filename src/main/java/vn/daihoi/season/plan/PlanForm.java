package vn.daihoi.season.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.PlanCascade.PlanDelegates;
import vn.daihoi.season.PlanCascade.PlanDraft;
import vn.daihoi.season.PlanCascade.PlanUnit;
import vn.daihoi.season.PlanCascade.PlanWindow;
import vn.daihoi.season.plan.PlanStore.PlanDetail;
import vn.daihoi.season.plan.PlanStore.UnitRow;
import vn.daihoi.season.plan.PlanStore.WindowRow;

/**
 * The plan form's fields, by stable names: {@code orgId term symbol issuedOn title dossierLeadDays},
 * {@code from_LEVEL to_LEVEL days_LEVEL} per level, {@code pilot} (repeated unit ids),
 * {@code follower_ID special_ID} per direct subordinate, {@code totalDelegates basePerUnit exOfficio appointed}.
 */
final class PlanForm {

    private final Map<String, String> values;
    private final Set<String> pilots;

    private PlanForm(Map<String, String> values, Set<String> pilots) {
        this.values = values;
        this.pilots = pilots;
    }

    static PlanForm of(MultiValueMap<String, String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (!v.isEmpty() && !k.equals("pilot") && !k.equals("_csrf")) {
                values.put(k, v.getFirst() == null ? "" : v.getFirst().strip());
            }
        });
        Set<String> pilots = new LinkedHashSet<>(fields.getOrDefault("pilot", List.of()));
        return new PlanForm(values, pilots);
    }

    /** The form of an existing plan, as the edit page shows it. */
    static PlanForm of(PlanDetail detail) {
        var p = detail.plan();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("orgId", Long.toString(p.issuerId()));
        values.put("term", p.term());
        values.put("symbol", p.symbol());
        values.put("issuedOn", Dates.format(p.issuedOn()));
        values.put("title", p.title());
        values.put("dossierLeadDays", Integer.toString(p.dossierLeadDays()));
        for (WindowRow w : detail.windows()) {
            values.put("from_" + w.level(), Dates.format(w.from()));
            values.put("to_" + w.level(), Dates.format(w.to()));
            values.put("days_" + w.level(), w.maxDays().stripTrailingZeros().toPlainString());
        }
        for (UnitRow u : detail.units()) {
            values.put(
                    "follower_" + u.orgId(),
                    u.followerId() == null ? "" : u.followerId().toString());
            values.put("special_" + u.orgId(), u.special() == 0 ? "" : Integer.toString(u.special()));
        }
        put(values, "totalDelegates", p.totalDelegates());
        put(values, "basePerUnit", p.basePerUnit());
        put(values, "exOfficio", p.exOfficio());
        put(values, "appointed", p.appointed());
        Set<String> pilots = new LinkedHashSet<>();
        detail.pilots().forEach(x -> pilots.add(Long.toString(x.orgId())));
        return new PlanForm(values, pilots);
    }

    /** An empty form for a new plan, with the defaults given. */
    static PlanForm blank(Map<String, String> defaults) {
        return new PlanForm(new LinkedHashMap<>(defaults), new LinkedHashSet<>());
    }

    Map<String, String> values() {
        return values;
    }

    Set<String> pilots() {
        return pilots;
    }

    Long orgId() {
        return number("orgId", "plan.field.issuer") == null ? null : Long.valueOf(values.get("orgId"));
    }

    /** The draft; a field that is not a number or a date is refused with its name and the text entered. */
    PlanDraft draft(List<OrgLevel> levels, List<Long> subordinates) {
        List<PlanWindow> windows = new ArrayList<>();
        for (OrgLevel l : levels) {
            windows.add(new PlanWindow(
                    l, date("from_" + l, "plan.field.windowFrom"), date("to_" + l, "plan.field.windowTo"), decimal(l)));
        }
        Set<Long> pilotIds = new LinkedHashSet<>();
        for (String p : pilots) {
            if (!p.isBlank()) {
                pilotIds.add(parseId(p, "plan.field.pilot"));
            }
        }
        List<PlanUnit> units = new ArrayList<>();
        for (Long id : subordinates) {
            String f = values.getOrDefault("follower_" + id, "");
            Long follower = f.isBlank() ? null : parseId(f, "plan.field.follower");
            units.add(new PlanUnit(id, follower, integer("special_" + id, "plan.field.special")));
        }
        return new PlanDraft(
                orgId(),
                values.get("term"),
                values.get("symbol"),
                date("issuedOn", "plan.field.issuedOn"),
                values.get("title"),
                integer("dossierLeadDays", "plan.field.dossierLeadDays"),
                windows,
                pilotIds,
                units,
                new PlanDelegates(
                        integer("totalDelegates", "plan.field.totalDelegates"),
                        integer("basePerUnit", "plan.field.basePerUnit"),
                        integer("exOfficio", "plan.field.exOfficio"),
                        integer("appointed", "plan.field.appointed")));
    }

    private String text(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    private Long number(String name, String label) {
        String v = text(name);
        return v == null ? null : parseId(v, label);
    }

    private Integer integer(String name, String label) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        if (!v.matches("-?\\d{1,9}")) {
            throw new DomainException("plan.error.notNumber", PlanChecks.label(label), v);
        }
        return Integer.valueOf(v);
    }

    private BigDecimal decimal(OrgLevel level) {
        String v = text("days_" + level);
        if (v == null) {
            return null;
        }
        if (!v.matches("\\d{1,2}([.,]\\d{1,2})?")) {
            throw new DomainException("plan.error.notDecimal", PlanChecks.label("plan.field.maxDays"), v);
        }
        return new BigDecimal(v.replace(',', '.'));
    }

    private LocalDate date(String name, String label) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        return Dates.parse(v).orElseThrow(() -> new DomainException("plan.error.notDate", PlanChecks.label(label), v));
    }

    private static long parseId(String v, String label) {
        if (!v.matches("\\d{1,18}")) {
            throw new DomainException("plan.error.notNumber", PlanChecks.label(label), v);
        }
        return Long.parseLong(v);
    }

    private static void put(Map<String, String> values, String name, Integer v) {
        if (v != null) {
            values.put(name, v.toString());
        }
    }
}
