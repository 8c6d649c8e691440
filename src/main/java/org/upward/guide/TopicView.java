package org.upward.guide;

import java.util.List;

/**
 * A conversation topic of a program's library: its short agenda, the questions to ask, and the catalog skills
 * it is about ({@code skillIds} and their names in {@code skills}, same order; a skill since removed is left out).
 */
public record TopicView(
        long id,
        long programId,
        String title,
        TopicDirection direction,
        String agenda,
        List<String> questions,
        List<Long> skillIds,
        List<String> skills,
        boolean retired,
        long version) {}
