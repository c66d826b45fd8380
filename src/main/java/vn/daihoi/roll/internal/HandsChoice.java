package vn.daihoi.roll.internal;

/**
 * A body chosen by show of hands: its members by badge number as typed ("3, 7, 12"), and the show of hands'
 * result (agree, disagree, total voting).
 */
public record HandsChoice(HandsBody body, String numbers, Integer agree, Integer disagree, Integer total) {}
