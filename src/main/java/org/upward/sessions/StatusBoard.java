package org.upward.sessions;

import org.upward.program.ProgramView;

/** The admin's at-a-glance view of a program's agreed pairs: who meets, who is due, who went quiet. */
public interface StatusBoard {

    /** How many of the program's agreed pairs have {@code status} today, without building the board's rows. */
    long count(ProgramView program, ActivityStatus status);
}
