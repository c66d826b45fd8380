package vn.daihoi.roll.internal;

/** Who the roll page lists: everyone, those checked in, those summoned not yet here, the absent, the excluded. */
public enum RollFilter {
    ALL(""),
    PRESENT(" and c.roll_entry_id is not null"),
    NOT_PRESENT(" and e.summoned and c.roll_entry_id is null and e.absence is null and e.exclusion is null"),
    ABSENT(" and e.absence is not null"),
    EXCLUDED(" and e.exclusion is not null");

    final String sql;

    RollFilter(String sql) {
        this.sql = sql;
    }

    public String labelKey() {
        return "roll.filter." + name();
    }
}
