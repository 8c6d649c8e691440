package org.upward.home.internal;

import org.upward.enrollment.Completeness;
import org.upward.program.ProgramView;

/** A program as the admin's home page lists it: where it stands and how complete its profiles are. */
record AdminOverview(ProgramView program, Completeness completeness) {}
