package org.upward.pairing.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.upward.pairing.engine.Breakdown;

/** The engine's breakdown as the JSON object API.md names: {skillGap, sharedInterest, workStyle}. */
final class Breakdowns {

    private Breakdowns() {}

    static Map<String, Double> of(Breakdown breakdown) {
        Map<String, Double> parts = new LinkedHashMap<>();
        if (breakdown != null) {
            parts.put("skillGap", breakdown.skillGap());
            parts.put("sharedInterest", breakdown.sharedInterest());
            parts.put("workStyle", breakdown.workStyle());
        }
        return parts;
    }
}
