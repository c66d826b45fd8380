package vn.daihoi.org;

/** What kind of body a node's Party organisation sits in: a commune, a ward, an enterprise, a school… */
public enum UnitType {
    /** Xã. */
    COMMUNE,
    /** Phường. */
    WARD,
    /** Đặc khu. */
    SPECIAL_ZONE,
    /** Tỉnh, thành phố. */
    PROVINCE,
    /** Khối cơ quan. */
    AGENCY_BLOC,
    /** Doanh nghiệp. */
    ENTERPRISE,
    /** Đơn vị sự nghiệp. */
    PUBLIC_SERVICE,
    /** Lực lượng vũ trang. */
    ARMED_FORCES,
    /** Thôn, tổ dân phố. */
    VILLAGE,
    /** Trường học. */
    SCHOOL,
    /** Ngoài nước. */
    OVERSEAS,
    /** Khác. */
    OTHER;

    public String labelKey() {
        return "org.unitType." + name();
    }
}
