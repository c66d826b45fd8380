package vn.daihoi.org;

/** The level of a node in the Party's organisation tree, from the Central Committee down to a party group. */
public enum OrgLevel {
    /** Trung ương. */
    CENTRAL,
    /** Trực thuộc Trung ương: provinces, the army, the police, central Party committees. */
    DIRECTLY_UNDER_CENTRAL,
    /** Cấp trên trực tiếp của cơ sở. */
    SUPERIOR_OF_GRASSROOTS,
    /** Đảng bộ cơ sở. */
    GRASSROOTS_COMMITTEE,
    /** Chi bộ cơ sở. */
    GRASSROOTS_CELL,
    /** Đảng bộ bộ phận. */
    SUB_COMMITTEE,
    /** Chi bộ trực thuộc. */
    SUBORDINATE_CELL,
    /** Tổ đảng. */
    PARTY_GROUP;

    public String labelKey() {
        return "org.level." + name();
    }
}
