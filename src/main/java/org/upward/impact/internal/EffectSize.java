package org.upward.impact.internal;

import org.upward.shared.UiText;

/** Cohen's conventional words for an effect size (|d| < 0.2 negligible, < 0.5 small, < 0.8 medium). */
enum EffectSize {
    UNKNOWN,
    NEGLIGIBLE,
    SMALL,
    MEDIUM,
    LARGE;

    /** "a large effect", in the language of the request. */
    public String words() {
        String key = "impact.effect." + name();
        return UiText.of(key);
    }

    public static EffectSize of(double d) {
        if (Double.isNaN(d)) {
            return UNKNOWN;
        }
        double size = Math.abs(d);
        if (size < 0.2) {
            return NEGLIGIBLE;
        }
        if (size < 0.5) {
            return SMALL;
        }
        return size < 0.8 ? MEDIUM : LARGE;
    }
}
