package org.upward.program;

import java.util.Set;

/**
 * The survey waves scheduled for a program, by name, so that a survey measure can refer only to a wave that
 * will be answered. Implemented by the survey module; the program module does not know surveys otherwise.
 */
public interface ScheduledWaves {

    Set<String> of(long programId);
}
