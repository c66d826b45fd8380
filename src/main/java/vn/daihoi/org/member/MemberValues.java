package vn.daihoi.org.member;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.daihoi.names.VietnameseNames;
import vn.daihoi.org.MemberSituation;
import vn.daihoi.org.MemberStatus;
import vn.daihoi.org.Sex;

/**
 * The words the template uses for coded values (Nam/Nữ, Chính thức/Dự bị, the situations). Reading is
 * forgiving about case and accents ("nu" = "Nữ") and also accepts the code itself ("FEMALE").
 */
final class MemberValues {

    private static final Map<Sex, String> SEX = new EnumMap<>(Map.of(Sex.MALE, "Nam", Sex.FEMALE, "Nữ"));
    private static final Map<MemberStatus, String> STATUS =
            new EnumMap<>(Map.of(MemberStatus.OFFICIAL, "Chính thức", MemberStatus.PROBATIONARY, "Dự bị"));
    private static final Map<MemberSituation, String> SITUATION = new EnumMap<>(Map.of(
            MemberSituation.ACTIVE, "Đang sinh hoạt",
            MemberSituation.TEMPORARY_TRANSFER_OUT, "Chuyển sinh hoạt tạm thời đi",
            MemberSituation.TEMPORARY_TRANSFER_IN, "Chuyển sinh hoạt tạm thời đến",
            MemberSituation.EXEMPT, "Miễn sinh hoạt",
            MemberSituation.SUSPENDED, "Đình chỉ sinh hoạt",
            MemberSituation.PROSECUTED, "Bị truy tố",
            MemberSituation.DECEASED, "Đã từ trần",
            MemberSituation.REMOVED, "Đã xóa tên"));

    private MemberValues() {}

    static String label(Sex sex) {
        return SEX.get(sex);
    }

    static String label(MemberStatus status) {
        return STATUS.get(status);
    }

    static String label(MemberSituation situation) {
        return SITUATION.get(situation);
    }

    static Optional<Sex> sex(String text) {
        return find(text, SEX, Sex.class);
    }

    static Optional<MemberStatus> status(String text) {
        return find(text, STATUS, MemberStatus.class);
    }

    static Optional<MemberSituation> situation(String text) {
        return find(text, SITUATION, MemberSituation.class);
    }

    /** The accepted situation words, for the error message. */
    static String situationChoices() {
        return Arrays.stream(MemberSituation.values()).map(SITUATION::get).collect(Collectors.joining(", "));
    }

    private static <E extends Enum<E>> Optional<E> find(String text, Map<E, String> labels, Class<E> type) {
        String key = VietnameseNames.searchKey(text);
        for (Map.Entry<E, String> e : labels.entrySet()) {
            if (VietnameseNames.searchKey(e.getValue()).equals(key)
                    || e.getKey().name().equalsIgnoreCase(key)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }
}
