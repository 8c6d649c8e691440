package org.upward.pairing.internal;

import java.io.Serializable;
import org.upward.pairing.PairView;

/** A pair named in a flash message after a redirect: who with whom, at what score. */
record PairSummary(String mentorName, String menteeName, double score) implements Serializable {

    static PairSummary of(PairView pair) {
        return new PairSummary(pair.mentorName(), pair.menteeName(), pair.score());
    }
}
