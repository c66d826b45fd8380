package vn.daihoi.elections.internal;

import org.springframework.security.access.AccessDeniedException;

/**
 * An election or round id that does not exist is refused exactly like one of another province (403, the same
 * message), so nobody learns from the answer which ids exist outside their scope.
 */
public final class Scope {

    private Scope() {}

    public static AccessDeniedException unknown(String what, long id) {
        return new AccessDeniedException(what + " " + id + " is unknown or out of scope");
    }
}
