package vn.daihoi.e2e;

import java.time.LocalDate;
import java.util.UUID;
import vn.daihoi.access.OrganizationScope;
import vn.daihoi.org.Decision;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgOperations;
import vn.daihoi.org.UnitType;

/** Builds small trees for the journeys through the real operations (each audited, one transaction). */
final class TreeFixtures {

    static final LocalDate OLD_TERM = LocalDate.of(2020, 1, 1);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private final OrgOperations operations;
    private final OrganizationScope scope;
    final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    TreeFixtures(OrgOperations operations, OrganizationScope scope) {
        this.operations = operations;
        this.scope = scope;
    }

    long unit(String name, OrgLevel level, UnitType type, long parent, LocalDate from) {
        return operations.create(
                new OrgOperations.NewUnit(
                        code(name), name + " " + tag, null, level, type, null, parent, null, false, null),
                Decision.of("01-QĐ/TW", from, from));
    }

    long province(String name) {
        return unit(name, OrgLevel.DIRECTLY_UNDER_CENTRAL, UnitType.PROVINCE, scope.rootId(), OLD_TERM);
    }

    String code(String name) {
        return (name.replaceAll("[^A-Za-z]", "").toUpperCase() + "-" + tag);
    }

    OrgOperations operations() {
        return operations;
    }
}
