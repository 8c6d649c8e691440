package org.upward.wrapup;

import java.time.LocalDate;
import java.util.List;
import org.upward.security.UpwardUser;

/** A participant's wrap-ups that can still be answered or changed, for their "What next?" list. */
public interface OpenWrapUps {

    /** One open wrap-up: with whom, in which program, the last day it can be changed, whether it was answered. */
    record OpenWrapUp(
            long pairId, String partnerName, String programName, LocalDate closesOn, boolean answered, String link) {}

    /** The caller's open wrap-ups, the one closing soonest first; none for someone who is not a participant. */
    List<OpenWrapUp> of(UpwardUser me);
}
