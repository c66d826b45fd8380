package vn.daihoi.org.tree;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.daihoi.org.Decision;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgTree;
import vn.daihoi.org.UnitType;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

/**
 * Reads the fields of an operation form (all strings, as typed) into typed values, refusing bad input
 * with a message that names the field.
 */
final class OrgForm {

    private final Map<String, String> fields;
    private final OrgTree tree;

    OrgForm(Map<String, String> fields, OrgTree tree) {
        this.fields = fields;
        this.tree = tree;
    }

    String text(String name) {
        String v = fields.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    boolean checked(String name) {
        String v = text(name);
        return v != null && !"false".equals(v);
    }

    /** A dd/MM/yyyy (or yyyy-MM-dd) date; the error names the field by its label in the bundle. */
    LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        return Dates.parse(v)
                .orElseThrow(() -> new DomainException(
                        "org.error.dateField", new DefaultMessageSourceResolvable("org.field." + name), v));
    }

    OrgLevel level(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return OrgLevel.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new DomainException("org.error.levelRequired");
        }
    }

    UnitType unitType(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return UnitType.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new DomainException("org.error.unitType", v);
        }
    }

    /** A node typed as its code or its number; null when the field is empty. */
    Long ref(String name) {
        String v = text(name);
        return v == null ? null : resolve(v);
    }

    /** Several node references separated by commas, semicolons or spaces. */
    List<Long> refs(String name) {
        List<Long> ids = new ArrayList<>();
        String v = text(name);
        if (v != null) {
            for (String part : v.split("[,;\\s]+")) {
                if (!part.isBlank()) {
                    ids.add(resolve(part));
                }
            }
        }
        return ids;
    }

    private Long resolve(String v) {
        return tree.idOfCode(v)
                .or(() ->
                        v.matches("\\d{1,18}") ? java.util.Optional.of(Long.parseLong(v)) : java.util.Optional.empty())
                .orElseThrow(() -> DomainException.notFound("org.error.unknownRef", v));
    }

    /** The decision block every operation form has. */
    Decision decision() {
        LocalDate effective = date("effectiveFrom");
        if (effective == null) {
            throw new DomainException("org.error.effectiveRequired");
        }
        return new Decision(text("decisionNo"), date("decisionDate"), effective, text("note"));
    }
}
