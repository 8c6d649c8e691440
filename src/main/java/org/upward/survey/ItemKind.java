package org.upward.survey;

/** A custom item's answer: a 1–5 scale or free text. */
public enum ItemKind {
    SCALE,
    TEXT
}
