package org.upward.pairing;

import java.util.List;
import java.util.Set;

/** Which programs have their participants choose their pair right now (a mentee asks a mentor). */
public interface OpenChoices {

    /** Of these programs, the ones where participants are choosing right now. */
    Set<Long> openForChoice(List<Long> programIds);
}
