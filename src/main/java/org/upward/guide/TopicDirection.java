package org.upward.guide;

/** Who teaches in a conversation: the junior mentor (tech, social media, new habits) or the senior mentee. */
public enum TopicDirection {
    MENTOR_TEACHES,
    MENTEE_TEACHES
}
