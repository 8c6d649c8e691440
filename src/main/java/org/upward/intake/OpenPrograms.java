package org.upward.intake;

import java.util.List;

/** The programs anyone signed in can apply to today: what the home page asks. */
public interface OpenPrograms {

    /** Programs that are enrolling with an intake open today, closing soonest first (at most 50). */
    List<OpenProgram> open();

    /** The open programs the person does not take part in already. */
    List<OpenProgram> openFor(String email);
}
