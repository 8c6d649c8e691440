package org.upward.impact;

/** Cohen's conventional words for an effect size (|d| < 0.2 negligible, < 0.5 small, < 0.8 medium). */
public enum EffectSize {
    UNKNOWN("an effect that cannot be sized"),
    NEGLIGIBLE("a negligible effect"),
    SMALL("a small effect"),
    MEDIUM("a medium effect"),
    LARGE("a large effect");

    private final String words;

    EffectSize(String words) {
        this.words = words;
    }

    public String words() {
        return words;
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
