package vn.daihoi.audit;

import java.util.Optional;

/**
 * Who may read and verify the log, implemented by the access module (audit cannot depend on access,
 * which writes to the log). Both answer for the user of the current request.
 */
public interface AuditReaders {

    /** What the current user may read; empty when they may not read the log at all. */
    Optional<AuditScope> currentScope();

    /** Whether the current user may run the chain verification. */
    boolean mayVerify();
}
