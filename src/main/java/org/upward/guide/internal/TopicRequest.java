package org.upward.guide.internal;

import java.util.List;
import org.upward.guide.TopicDirection;

/**
 * A topic as the API and the admin page send it: a title (at most 120 characters), who teaches, a short agenda,
 * questions and catalog skill ids; {@code version} when editing, to refuse a change made on a stale copy.
 */
record TopicRequest(
        String title,
        TopicDirection direction,
        String agenda,
        List<String> questions,
        List<Long> skillIds,
        Long version) {}
