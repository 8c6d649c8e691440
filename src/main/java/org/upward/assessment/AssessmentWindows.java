package org.upward.assessment;

import java.util.Set;

/** Assessment windows as other modules see them: open one (the demo) and ask which phases have one. */
public interface AssessmentWindows {

    /** The phases the program has a window for, without their response rates (cheap, for to-do lists). */
    Set<AssessmentPhase> phasesWithAWindow(long programId);

    /**
     * Opens the phase's window. When it is open today, every participant with skills to rate is told at
     * once; a window that opens later is announced with "remind non-responders" once it is open.
     */
    void open(long programId, WindowRequest request);
}
