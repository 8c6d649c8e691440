package org.upward.assessment;

import java.time.LocalDate;

/**
 * An assessment window as an admin opens it ({@code phase} PRE or POST) or changes it (the phase comes
 * from the path and this one is ignored).
 */
public record WindowRequest(String phase, LocalDate opensOn, LocalDate closesOn) {}
