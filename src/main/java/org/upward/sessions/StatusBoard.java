package org.upward.sessions;

import org.upward.program.ProgramView;

/** How many of a program's agreed pairs are on track, due, overdue or quiet, for the admin's to-do list. */
public interface StatusBoard {

    /** How many of the program's agreed pairs have {@code status} today, without building the board's rows. */
    long count(ProgramView program, ActivityStatus status);
}
