package vn.daihoi.files;

import vn.daihoi.platform.DomainException;

/**
 * An upload refused for what it would cost the server rather than for what it says: too big once unpacked
 * (413), or too many large uploads being read at this moment (503, try again shortly).
 */
public final class UploadRefused extends DomainException {

    private UploadRefused(int status, String messageKey, Object... arguments) {
        super(status, messageKey, arguments);
    }

    /** 413: the upload, or what it unpacks to, is over a limit. */
    public static UploadRefused tooLarge(String messageKey, Object... arguments) {
        return new UploadRefused(413, messageKey, arguments);
    }

    /** 503: every slot for large uploads on this node is taken. */
    static UploadRefused busy() {
        return new UploadRefused(503, "files.error.busy");
    }
}
