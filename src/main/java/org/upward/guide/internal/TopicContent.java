package org.upward.guide.internal;

import java.util.List;
import org.upward.guide.TopicDirection;

/** What a topic says, once checked: title, direction, agenda, questions and catalog skill ids. */
record TopicContent(
        String title, TopicDirection direction, String agenda, List<String> questions, List<Long> skillIds) {}
