package vn.daihoi.season.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.FormErrors;
import vn.daihoi.platform.FormFeedback;
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

    /** The form as it was typed and refused (the flashed values of {@link FormFeedback}). */
    static PlanForm of(FormFeedback sent) {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        sent.values().forEach(fields::put);
        return of(fields);
    }

    /**
     * The draft; every field is read through {@code errors}, so a field that is not a number or a date is
     * refused beside it with the text entered, all at once ({@code null} in the draft).
     */
    PlanDraft draft(List<OrgLevel> levels, List<Long> subordinates, FormErrors errors) {
        List<PlanWindow> windows = new ArrayList<>();
        for (OrgLevel l : levels) {
            windows.add(new PlanWindow(
                    l,
                    date(errors, "from_" + l, "plan.field.windowFrom"),
                    date(errors, "to_" + l, "plan.field.windowTo"),
                    errors.parse("days_" + l, () -> decimal(l))));
        }
        Set<Long> pilotIds = new LinkedHashSet<>();
        for (String p : pilots) {
            if (!p.isBlank()) {
                Long id = errors.parse("pilot", () -> parseId(p, "plan.field.pilot"));
                if (id != null) {
                    pilotIds.add(id);
                }
            }
        }
        List<PlanUnit> units = new ArrayList<>();
        for (Long id : subordinates) {
            String f = values.getOrDefault("follower_" + id, "");
            Long follower =
                    f.isBlank() ? null : errors.parse("follower_" + id, () -> parseId(f, "plan.field.follower"));
            units.add(new PlanUnit(id, follower, integer(errors, "special_" + id, "plan.field.special")));
        }
        errors.required("term", "plan.field.term", values.get("term"));
        errors.text("symbol", "plan.field.symbol", values.get("symbol"), 60);
        LocalDate issuedOn = errors.date("issuedOn", "plan.field.issuedOn", values.get("issuedOn"), true);
        errors.required("title", "plan.field.title", values.get("title"));
        return new PlanDraft(
                errors.parse("orgId", this::orgId),
                values.get("term"),
                values.get("symbol"),
                issuedOn,
                values.get("title"),
                integer(errors, "dossierLeadDays", "plan.field.dossierLeadDays"),
                windows,
                pilotIds,
                units,
                new PlanDelegates(
                        integer(errors, "totalDelegates", "plan.field.totalDelegates"),
                        integer(errors, "basePerUnit", "plan.field.basePerUnit"),
                        integer(errors, "exOfficio", "plan.field.exOfficio"),
                        integer(errors, "appointed", "plan.field.appointed")));
    }

    private String text(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    private Long number(String name, String label) {
        String v = text(name);
        return v == null ? null : parseId(v, label);
    }

    private Integer integer(FormErrors errors, String name, String label) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        if (!v.matches("-?\\d{1,9}")) {
            errors.reject(name, "plan.error.notNumber", PlanChecks.label(label), v);
            return null;
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

    /** A date typed dd/MM/yyyy: one message for every bad date ({@code form.error.date}). */
    private LocalDate date(FormErrors errors, String name, String label) {
        return errors.date(name, label, values.get(name), false);
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
