package org.upward.guide;

/** An admin added, edited, retired or restored a topic of a program's conversation guides. */
public record TopicChanged(long programId, String programName, long topicId, String title, Change change) {

    public enum Change {
        ADDED,
        EDITED,
        RETIRED,
        RESTORED
    }
}
