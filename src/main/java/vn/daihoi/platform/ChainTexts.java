package vn.daihoi.platform;

/**
 * The texts MAC'd with the {@link ChainKey} besides each entry's hash, one prefix per kind so that no MAC of one
 * kind can stand for another (an entry's MAC is never a valid head's MAC).
 */
public final class ChainTexts {

    private ChainTexts() {}

    /** The head of a round's entry log: its number of entries and last hash. */
    public static String keyingHead(long roundId, long entries, String lastHash) {
        return "keying-head\n" + roundId + "\n" + entries + "\n" + lastHash;
    }

    /** The head of the audit log: its number of entries, last id and last hash. */
    public static String auditHead(long entries, long lastId, String lastHash) {
        return "audit-head\n" + entries + "\n" + lastId + "\n" + lastHash;
    }

    /** The sealed prefix of a chain written before chains were keyed. */
    public static String legacy(String chain, long entries, String lastHash) {
        return "legacy\n" + chain + "\n" + entries + "\n" + lastHash;
    }
}
