package org.upward.pairing;

import java.io.Serializable;

/** A pair named in a flash message after a redirect: who with whom, at what score. */
record PairSummary(String mentorName, String menteeName, double score) implements Serializable {

    static PairSummary of(PairView pair) {
        return new PairSummary(pair.mentorName(), pair.menteeName(), pair.score());
    }
}
