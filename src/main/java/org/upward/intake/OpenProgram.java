package org.upward.intake;

import java.time.LocalDate;
import java.util.List;
import org.upward.enrollment.Side;

/** A program taking applications today, as "Programs you can join" lists it. */
public record OpenProgram(long id, String name, String description, List<Side> sides, LocalDate closesOn) {}
