package vn.daihoi.season;

/**
 * SPI: a module that keeps its own conditions on a step of the state machine (an open complaint holds the
 * confirmation, for instance) refuses it here, whichever way the step is taken (its own page, the case page,
 * the transitions API). Called inside the step's transaction, after the step was found legal and the actor
 * allowed; refuse with a {@link vn.daihoi.platform.DomainException}.
 */
public interface StepGuard {

    void check(CongressCase c, CongressState to);
}
