package vn.daihoi.audit;

/** The result of walking the chain: how many entries were checked and the first broken one. */
public record ChainVerification(long checked, Long firstBrokenId, String problem) {

    public boolean intact() {
        return firstBrokenId == null;
    }
}
