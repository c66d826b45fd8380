package vn.daihoi.org.tree;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.daihoi.org.Decision;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgTree;
import vn.daihoi.org.UnitType;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.FormErrors;

/**
 * Reads the fields of an operation form (all strings, as typed) into typed values through {@link FormErrors}:
 * bad input is refused beside its field ({@code null} returned), so every error of the form shows at once.
 */
final class OrgForm {

    private final Map<String, String> fields;
    private final OrgTree tree;
    private final FormErrors errors;

    OrgForm(Map<String, String> fields, OrgTree tree, FormErrors errors) {
        this.fields = fields;
        this.tree = tree;
        this.errors = errors;
    }

    FormErrors errors() {
        return errors;
    }

    /** Stops before the operation when a field was refused. */
    void check() {
        errors.check();
    }

    String text(String name) {
        String v = fields.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    boolean checked(String name) {
        String v = text(name);
        return v != null && !"false".equals(v);
    }

    /** A dd/MM/yyyy date; the one message of every bad date names the field by its label in the bundle. */
    LocalDate date(String name) {
        return errors.date(name, "org.field." + name, fields.get(name), false);
    }

    OrgLevel level(String name) {
        return errors.parse(name, () -> levelOf(name));
    }

    private OrgLevel levelOf(String name) {
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
        return errors.parse(name, () -> unitTypeOf(name));
    }

    private UnitType unitTypeOf(String name) {
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
        return v == null ? null : errors.parse(name, () -> resolve(v));
    }

    /** Several node references separated by commas, semicolons or spaces. */
    List<Long> refs(String name) {
        List<Long> ids = new ArrayList<>();
        String v = text(name);
        if (v != null) {
            for (String part : v.split("[,;\\s]+")) {
                Long id = part.isBlank() ? null : errors.parse(name, () -> resolve(part));
                if (id != null) {
                    ids.add(id);
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
        LocalDate effective =
                errors.date("effectiveFrom", "org.field.effectiveFrom", fields.get("effectiveFrom"), true);
        return new Decision(text("decisionNo"), date("decisionDate"), effective, text("note"));
    }
}
