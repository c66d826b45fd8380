package vn.daihoi.access;

/** The first administrator's one-time password, printed once when the command that created it has finished. */
public interface FirstAdmin {

    /**
     * Prints the pending one-time password framed, last, with the server's {@code address} (or none, for
     * {@code daihoi demo}); prints nothing more once it has been printed or when no password is pending.
     */
    void announce(String address);
}
