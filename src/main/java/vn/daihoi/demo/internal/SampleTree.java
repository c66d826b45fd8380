package vn.daihoi.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.daihoi.demo.internal.OrgRows.Decision;
import vn.daihoi.demo.internal.OrgRows.Version;

/**
 * The sample province "Đảng bộ tỉnh Hòa Bình Xanh" (code HBX) with both trees: the 2020–2025 tree
 * with four districts and twenty communes, valid until 30/06/2025, and the 2025–2030 tree without
 * districts from 01/07/2025, in which communes were merged into eight pilot commune committees.
 * See docs/demo-data.md for the shape and the codes.
 */
final class SampleTree {

    static final String PROVINCE_CODE = "HBX";
    static final String PROVINCE_NAME = "Đảng bộ tỉnh Hòa Bình Xanh";
    static final LocalDate OLD_TERM = LocalDate.of(2020, 10, 1);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final Decision DISTRICTS_END = new Decision("1220-QĐ/TU", LocalDate.of(2025, 6, 16));
    static final String PILOT_BASIS = "Thí điểm đảng ủy xã, phường là cấp trên trực tiếp của tổ chức cơ sở đảng"
            + " theo Quyết định số 1234-QĐ/TU ngày 16/6/2025 của Ban Thường vụ Tỉnh ủy";

    /** A cell or grassroots cell that holds members now, and the cells its members came from (if merged). */
    record Holder(long orgId, List<Long> formerCells, int weight) {}

    private record District(String code, String name, String issuer, List<String> communes) {}

    private record NewCommune(String code, String name, boolean ward, String district, int[] sources) {}

    private static final List<District> DISTRICTS = List.of(
            new District(
                    "DX",
                    "huyện Đồng Xuân",
                    "HU",
                    List.of("xã Xuân Phú", "xã Xuân Lộc", "xã Xuân Thủy", "xã Đồng Tâm", "xã Đồng Lạc")),
            new District(
                    "ML",
                    "huyện Mai Lâm",
                    "HU",
                    List.of("xã Mai Hạ", "xã Mai Thượng", "xã Tân Mai", "xã Lâm Sơn", "xã Lâm Hóa")),
            new District(
                    "KT",
                    "huyện Kim Thượng",
                    "HU",
                    List.of("xã Kim Bình", "xã Kim Lập", "xã Nật Sơn", "xã Thượng Tiến", "xã Thượng Bì")),
            new District(
                    "HA",
                    "thị xã Hòa An",
                    "TXU",
                    List.of("phường Tân Hòa", "phường Hữu Nghị", "phường Thịnh Lang", "xã Hòa Bình", "xã Yên Mông")));

    private static final List<NewCommune> NEW_COMMUNES = List.of(
            new NewCommune("X01", "xã Xuân Phú", false, "DX", new int[] {0, 1, 2}),
            new NewCommune("X02", "xã Đồng Tâm", false, "DX", new int[] {3, 4}),
            new NewCommune("X03", "xã Mai Hạ", false, "ML", new int[] {0, 1, 2}),
            new NewCommune("X04", "xã Lâm Sơn", false, "ML", new int[] {3, 4}),
            new NewCommune("X05", "xã Kim Bôi", false, "KT", new int[] {0, 1, 2}),
            new NewCommune("X06", "xã Thượng Tiến", false, "KT", new int[] {3, 4}),
            new NewCommune("X07", "phường Hòa An", true, "HA", new int[] {0, 1, 2}),
            new NewCommune("X08", "phường Thống Nhất", true, "HA", new int[] {3, 4}));

    private final OrgRows rows;
    private final List<Holder> holders = new ArrayList<>();
    private final List<String> villages = NamePool.get().villages();
    private int villageCursor;

    SampleTree(OrgRows rows) {
        this.rows = rows;
    }

    /** Writes the whole tree under {@code rootId}; returns the member-holding cells. */
    List<Holder> build(long rootId) {
        long province = rows.node(
                PROVINCE_CODE, Version.of(OLD_TERM, PROVINCE_NAME, "DIRECTLY_UNDER_CENTRAL", null, "TU", rootId));
        agencyBloc(province);
        long[] districtIds = new long[DISTRICTS.size()];
        for (int d = 0; d < DISTRICTS.size(); d++) {
            District district = DISTRICTS.get(d);
            String code = PROVINCE_CODE + "." + district.code();
            Version v = Version.of(
                            OLD_TERM,
                            "Đảng bộ " + district.name(),
                            "SUPERIOR_OF_GRASSROOTS",
                            null,
                            district.issuer(),
                            province)
                    .until(REFORM)
                    .ending(
                            "DISSOLVED",
                            DISTRICTS_END,
                            "Kết thúc hoạt động cấp huyện từ 01/7/2025; tổ chức đảng trực thuộc chuyển về đảng bộ xã, phường");
            districtIds[d] = rows.node(code, v);
        }
        districtUnits(districtIds);
        for (int n = 0; n < NEW_COMMUNES.size(); n++) {
            newCommune(province, n, NEW_COMMUNES.get(n), districtIds);
        }
        moveDistrictUnits();
        return holders;
    }

    private void newCommune(long province, int n, NewCommune nc, long[] districtIds) {
        int d = indexOf(nc.district());
        District district = DISTRICTS.get(d);
        Decision merge = new Decision((1234 + n) + "-QĐ/TU", LocalDate.of(2025, 6, 16));
        Decision moves = new Decision("01-QĐ/ĐU", LocalDate.of(2025, 7, 1));
        String newName = "Đảng bộ " + nc.name();
        List<String> sourceNames = new ArrayList<>();
        for (int s : nc.sources()) {
            sourceNames.add(district.communes().get(s));
        }
        long commune = rows.node(
                PROVINCE_CODE + "." + nc.code(),
                Version.of(REFORM, newName, "SUPERIOR_OF_GRASSROOTS", nc.ward() ? "WARD" : "COMMUNE", "ĐU", province)
                        .pilot(PILOT_BASIS)
                        .kind("MERGE", merge, "Hợp nhất " + String.join(", ", sourceNames)));
        List<Long> health = new ArrayList<>();
        List<Long> military = new ArrayList<>();
        for (int s : nc.sources()) {
            String oldName = district.communes().get(s);
            boolean ward = oldName.startsWith("phường");
            String oldCode = PROVINCE_CODE + "." + district.code() + "." + "%02d".formatted(s + 1);
            long old = rows.node(
                    oldCode,
                    Version.of(
                                    OLD_TERM,
                                    "Đảng bộ " + oldName,
                                    "GRASSROOTS_COMMITTEE",
                                    ward ? "WARD" : "COMMUNE",
                                    "ĐU",
                                    districtIds[d])
                            .until(REFORM)
                            .ending("MERGED", merge, "Hợp nhất vào " + newName));
            for (int k = 1; k <= 5; k++) {
                String cellName = ward ? "Chi bộ tổ dân phố số " + k : "Chi bộ thôn " + nextVillage();
                movedCell(oldCode + ".T" + k, cellName, "VILLAGE", old, commune, moves, ward ? 45 : 50);
            }
            String place = oldName.substring(oldName.indexOf(' ') + 1);
            movedCell(oldCode + ".TH", "Chi bộ Trường Tiểu học " + place, "SCHOOL", old, commune, moves, 12);
            health.add(closedCell(oldCode + ".YT", "Chi bộ Trạm Y tế " + oldName, "PUBLIC_SERVICE", old, merge));
            military.add(closedCell(oldCode + ".QS", "Chi bộ Quân sự " + oldName, "ARMED_FORCES", old, merge));
        }
        mergedCell(
                PROVINCE_CODE + "." + nc.code() + ".YT",
                "Chi bộ Trạm Y tế " + nc.name(),
                "PUBLIC_SERVICE",
                commune,
                merge,
                health,
                8);
        mergedCell(
                PROVINCE_CODE + "." + nc.code() + ".QS",
                "Chi bộ Quân sự " + nc.name(),
                "ARMED_FORCES",
                commune,
                merge,
                military,
                10);
    }

    private String nextVillage() {
        return villages.get(villageCursor++ % villages.size());
    }

    private void movedCell(
            String code, String name, String type, long oldParent, long newParent, Decision d, int weight) {
        long cell = rows.node(
                code,
                Version.of(OLD_TERM, name, "SUBORDINATE_CELL", type, "CB", oldParent)
                        .until(REFORM));
        rows.version(
                cell,
                Version.of(REFORM, name, "SUBORDINATE_CELL", type, "CB", newParent)
                        .kind("MOVE", d, "Chuyển về đảng bộ xã, phường mới"));
        holders.add(new Holder(cell, List.of(), weight));
    }

    private long closedCell(String code, String name, String type, long parent, Decision merge) {
        return rows.node(
                code,
                Version.of(OLD_TERM, name, "SUBORDINATE_CELL", type, "CB", parent)
                        .until(REFORM)
                        .ending("MERGED", merge, "Hợp nhất cùng các chi bộ cùng loại của các xã hợp nhất"));
    }

    private void mergedCell(
            String code, String name, String type, long parent, Decision merge, List<Long> sources, int weightEach) {
        long cell = rows.node(
                code,
                Version.of(REFORM, name, "SUBORDINATE_CELL", type, "CB", parent)
                        .kind("MERGE", merge, "Hợp nhất " + sources.size() + " chi bộ"));
        holders.add(new Holder(cell, List.copyOf(sources), weightEach * sources.size()));
    }

    /** The agency bloc of the province exists in both trees; its units never moved. */
    private void agencyBloc(long province) {
        String bloc = PROVINCE_CODE + ".KCQ";
        long blocId = rows.node(
                bloc,
                Version.of(
                        OLD_TERM,
                        "Đảng bộ Khối các cơ quan tỉnh",
                        "SUPERIOR_OF_GRASSROOTS",
                        "AGENCY_BLOC",
                        "ĐU",
                        province));
        committee(
                bloc + ".STC",
                "Đảng bộ Sở Tài chính",
                "AGENCY_BLOC",
                blocId,
                OLD_TERM,
                List.of("Phòng Quản lý ngân sách", "Phòng Tài chính đầu tư", "Văn phòng Sở"),
                15);
        committee(
                bloc + ".SGD",
                "Đảng bộ Sở Giáo dục và Đào tạo",
                "AGENCY_BLOC",
                blocId,
                OLD_TERM,
                List.of("Phòng Giáo dục trung học", "Phòng Tổ chức cán bộ", "Văn phòng Sở"),
                15);
        committee(
                bloc + ".BV",
                "Đảng bộ Bệnh viện Đa khoa tỉnh",
                "PUBLIC_SERVICE",
                blocId,
                OLD_TERM,
                List.of("Khoa Nội", "Khoa Ngoại", "Khoa Sản", "Khối Hành chính"),
                25);
        long stp = rows.node(
                bloc + ".STP",
                Version.of(OLD_TERM, "Chi bộ Sở Tư pháp", "GRASSROOTS_CELL", "AGENCY_BLOC", "CB", blocId));
        holders.add(new Holder(stp, List.of(), 12));
    }

    /** Units directly under the districts: moved under the new communes or the agency bloc on 01/07/2025. */
    private void districtUnits(long[] districtIds) {
        // The new communes do not exist yet: these units get their second version once they do.
        pending.add(new Pending(
                "DX.THPT",
                "Chi bộ Trường Trung học phổ thông Đồng Xuân",
                "GRASSROOTS_CELL",
                "SCHOOL",
                districtIds[0],
                "X01",
                List.of(),
                20));
        pending.add(new Pending(
                "ML.CHE",
                "Đảng bộ Công ty cổ phần Chè Mai Lâm",
                "GRASSROOTS_COMMITTEE",
                "ENTERPRISE",
                districtIds[1],
                "X03",
                List.of("Phân xưởng chế biến", "Đội chè số 1", "Văn phòng công ty"),
                25));
        pending.add(new Pending(
                "KT.YT",
                "Chi bộ Trung tâm Y tế huyện Kim Thượng",
                "GRASSROOTS_CELL",
                "PUBLIC_SERVICE",
                districtIds[2],
                "KCQ",
                List.of(),
                25));
        pending.add(new Pending(
                "HA.CA",
                "Đảng bộ Công an thị xã Hòa An",
                "GRASSROOTS_COMMITTEE",
                "ARMED_FORCES",
                districtIds[3],
                "X07",
                List.of("Đội Cảnh sát giao thông", "Đội An ninh", "Đội Cảnh sát hình sự"),
                20));
    }

    private record Pending(
            String code,
            String name,
            String level,
            String type,
            long district,
            String target,
            List<String> cells,
            int weight) {}

    private final List<Pending> pending = new ArrayList<>();

    /** Second pass, once the new communes exist: the district units and their MOVE versions. */
    private void moveDistrictUnits() {
        Decision d = new Decision("1250-QĐ/TU", LocalDate.of(2025, 6, 20));
        for (Pending p : pending) {
            long target = rows.idOf(PROVINCE_CODE + "." + p.target());
            String issuer = p.level().equals("GRASSROOTS_CELL") ? "CB" : "ĐU";
            long unit = rows.node(
                    PROVINCE_CODE + "." + p.code(),
                    Version.of(OLD_TERM, p.name(), p.level(), p.type(), issuer, p.district())
                            .until(REFORM));
            rows.version(
                    unit,
                    Version.of(REFORM, p.name(), p.level(), p.type(), issuer, target)
                            .kind("MOVE", d, "Chuyển giao khi kết thúc hoạt động cấp huyện"));
            if (p.cells().isEmpty()) {
                holders.add(new Holder(unit, List.of(), p.weight()));
            }
            for (int i = 0; i < p.cells().size(); i++) {
                long cell = rows.node(
                        PROVINCE_CODE + "." + p.code() + "." + (i + 1),
                        Version.of(OLD_TERM, "Chi bộ " + p.cells().get(i), "SUBORDINATE_CELL", p.type(), "CB", unit));
                holders.add(new Holder(cell, List.of(), p.weight()));
            }
        }
    }

    private void committee(
            String code, String name, String type, long parent, LocalDate from, List<String> cells, int weight) {
        long unit = rows.node(code, Version.of(from, name, "GRASSROOTS_COMMITTEE", type, "ĐU", parent));
        for (int i = 0; i < cells.size(); i++) {
            long cell = rows.node(
                    code + "." + (i + 1),
                    Version.of(from, "Chi bộ " + cells.get(i), "SUBORDINATE_CELL", type, "CB", unit));
            holders.add(new Holder(cell, List.of(), weight));
        }
    }

    private static int indexOf(String districtCode) {
        for (int i = 0; i < DISTRICTS.size(); i++) {
            if (DISTRICTS.get(i).code().equals(districtCode)) {
                return i;
            }
        }
        throw new IllegalArgumentException(districtCode);
    }
}
