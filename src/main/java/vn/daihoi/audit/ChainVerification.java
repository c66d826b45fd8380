package vn.daihoi.audit;

/**
 * The result of walking the chain: how many entries were checked, the first broken one and why ({@code HASH},
 * {@code PREV_HASH}, {@code MAC}, {@code HEAD}), how many entries an anchored or expected head has beyond the
 * table's end ({@code missingTail}), and the last hash checked (to write down as the head to check against).
 */
public record ChainVerification(long checked, Long firstBrokenId, String problem, long missingTail, String lastHash) {

    public ChainVerification(long checked, Long firstBrokenId, String problem) {
        this(checked, firstBrokenId, problem, 0, null);
    }

    public boolean intact() {
        return firstBrokenId == null && missingTail == 0;
    }

    /** A head to check against, as written down or printed: number of entries and the hash (or its first digits). */
    public record ExpectedHead(long entries, String hash) {}
}
