package vn.daihoi.demo.internal;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic tree of national size, generated on demand (never held in memory): at factor 1, 34
 * provinces, about 3,300 direct superiors of grassroots units (communes and two agency blocs per
 * province), about 52,000 grassroots units and 270,000 cells. Smaller factors shrink every count
 * (at least 2 provinces). Walking it twice with the same factor gives the same nodes with the same ids.
 *
 * <p>Codes: {@code QG01} province, {@code QG01.X001} commune or {@code QG01.K1} bloc, {@code
 * QG01.X001.C01} grassroots unit, {@code QG01.X001.C01.B01} cell.
 */
public final class NationalShape {

    public static final String PREFIX = "QG";
    static final long SEED = 20_251_001L;

    /** CCCD codes of the 34 provinces and cities (since 2025), used for identity numbers. */
    static final int[] CCCD_CODES = {
        1, 46, 12, 11, 14, 20, 22, 38, 40, 42, 4, 8, 10, 19, 25, 24, 33, 31, 37, 44, 48, 51, 52, 56, 68, 66, 79, 75, 72,
        92, 86, 87, 96, 89
    };

    private static final List<String> FIRST = List.of(
            "An", "Bình", "Tân", "Phú", "Hòa", "Thạch", "Vĩnh", "Đông", "Tây", "Nam", "Bắc", "Long", "Kim", "Thanh",
            "Quảng", "Hưng", "Mỹ", "Phước", "Trung", "Yên", "Hải", "Sơn", "Cẩm", "Đức", "Gia", "Lạc", "Ngọc", "Xuân");
    private static final List<String> SECOND = List.of(
            "Lợi", "Thịnh", "Hưng", "Sơn", "Lâm", "Hải", "Phong", "Thành", "Đức", "Điền", "Lộc", "Xuân", "Hà", "Giang",
            "Mỹ", "Khánh", "An", "Bình", "Phúc", "Tiến", "Hòa", "Nguyên", "Tường", "Vân", "Trạch");

    /** One node as generated; {@code parentId} is null for a province (its parent is the root). */
    public record Node(
            long id,
            String code,
            String name,
            String level,
            String unitType,
            String issuer,
            Long parentId,
            boolean pilot,
            boolean holdsMembers,
            int province) {}

    public interface Sink {
        void accept(Node node);
    }

    private final double factor;
    private final long firstId;

    public NationalShape(double factor, long firstId) {
        if (!(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("factor must be in (0, 1]: " + factor);
        }
        this.factor = factor;
        this.firstId = firstId;
    }

    public int provinces() {
        return (int) Math.max(2, Math.min(34, Math.round(340 * factor)));
    }

    /** Generates every node, parents before children, ids consecutive from {@code firstId}. */
    public long walk(Sink sink) {
        SplittableRandom rng = new SplittableRandom(SEED);
        int provinces = provinces();
        long superiors = Math.max(provinces, Math.round(3300 * factor));
        double[] size = new double[provinces];
        double total = 0;
        for (int p = 0; p < provinces; p++) {
            size[p] = 0.3 + 1.7 * rng.nextDouble(); // provinces differ a lot in size
            total += size[p];
        }
        long id = firstId;
        for (int p = 0; p < provinces; p++) {
            String pCode = PREFIX + "%02d".formatted(p + 1);
            long province = id++;
            String pName = placeName(p * 7 + 3);
            sink.accept(new Node(
                    province,
                    pCode,
                    "Đảng bộ tỉnh " + pName,
                    "DIRECTLY_UNDER_CENTRAL",
                    null,
                    "TU",
                    null,
                    false,
                    false,
                    p));
            int count = (int) Math.max(1, Math.round(superiors * size[p] / total));
            for (int s = 0; s < count; s++) {
                boolean bloc = count >= 3 && s < 2;
                boolean ward = !bloc && rng.nextInt(100) < 20;
                String sCode = bloc ? pCode + ".K" + (s + 1) : pCode + ".X" + "%03d".formatted(s + 1);
                String sName = bloc
                        ? (s == 0 ? "Đảng bộ các cơ quan Đảng tỉnh" : "Đảng bộ Ủy ban nhân dân tỉnh")
                        : "Đảng bộ " + (ward ? "phường " : "xã ") + placeName(s * 13 + p);
                long superior = id++;
                sink.accept(new Node(
                        superior,
                        sCode,
                        sName,
                        "SUPERIOR_OF_GRASSROOTS",
                        bloc ? "AGENCY_BLOC" : ward ? "WARD" : "COMMUNE",
                        "ĐU",
                        province,
                        !bloc,
                        false,
                        p));
                int grassroots = 8 + rng.nextInt(16);
                for (int g = 0; g < grassroots; g++) {
                    id = grassroots(sink, rng, id, superior, sCode + ".C" + "%02d".formatted(g + 1), g, bloc, p);
                }
            }
        }
        return id - firstId;
    }

    private static long grassroots(
            Sink sink, SplittableRandom rng, long id, long parent, String code, int g, boolean bloc, int p) {
        boolean committee = rng.nextInt(100) < 60;
        String type = bloc ? "AGENCY_BLOC" : GRASSROOTS_TYPES[rng.nextInt(GRASSROOTS_TYPES.length)];
        String what = switch (type) {
            case "VILLAGE" -> "thôn " + placeName(g * 5 + p);
            case "SCHOOL" -> "Trường Trung học cơ sở " + placeName(g + p);
            case "ENTERPRISE" -> "Công ty cổ phần " + placeName(g * 3 + p + 1);
            case "PUBLIC_SERVICE" -> "Trung tâm Y tế " + placeName(g + 2 * p);
            case "ARMED_FORCES" -> "Công an " + placeName(g + p + 5);
            default -> "Sở " + placeName(g * 11 + p);
        };
        long unit = id++;
        sink.accept(new Node(
                unit,
                code,
                (committee ? "Đảng bộ " : "Chi bộ ") + what,
                committee ? "GRASSROOTS_COMMITTEE" : "GRASSROOTS_CELL",
                type,
                committee ? "ĐU" : "CB",
                parent,
                false,
                !committee,
                p));
        if (committee) {
            int cells = 4 + rng.nextInt(9);
            for (int c = 0; c < cells; c++) {
                sink.accept(new Node(
                        id++,
                        code + ".B" + "%02d".formatted(c + 1),
                        "Chi bộ " + (type.equals("VILLAGE") ? "xóm " + (c + 1) : "số " + (c + 1)),
                        "SUBORDINATE_CELL",
                        type,
                        "CB",
                        unit,
                        false,
                        true,
                        p));
            }
        }
        return id;
    }

    private static final String[] GRASSROOTS_TYPES = {
        "VILLAGE", "VILLAGE", "VILLAGE", "VILLAGE", "SCHOOL", "ENTERPRISE", "PUBLIC_SERVICE", "ARMED_FORCES"
    };

    private static String placeName(int i) {
        int n = Math.floorMod(i, FIRST.size() * SECOND.size());
        return FIRST.get(n % FIRST.size()) + " " + SECOND.get(n / FIRST.size());
    }
}
