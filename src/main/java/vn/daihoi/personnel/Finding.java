package vn.daihoi.personnel;

import java.util.List;

/**
 * A warning about the proposal: a message (key and arguments) and the rule it measures against, either the
 * rulebook's legal basis as written there or, for rules the rulebook does not hold, a message key.
 * Warnings inform; they never block a proposal. {@code body} is the body concerned, null for the whole proposal.
 */
public record Finding(
        String code,
        PersonnelBody body,
        String messageKey,
        List<String> args,
        String legalBasis,
        String legalBasisKey) {

    public Finding {
        args = List.copyOf(args);
    }

    static Finding ofRule(String code, PersonnelBody body, String legalBasis, Object... args) {
        return new Finding(code, body, "personnel.warn." + code, strings(args), legalBasis, null);
    }

    static Finding ofPolicy(String code, PersonnelBody body, Object... args) {
        return new Finding(code, body, "personnel.warn." + code, strings(args), null, "personnel.basis." + code);
    }

    private static List<String> strings(Object... args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }
}
