package org.upward.sessions.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.upward.guide.TopicSuggestions;
import org.upward.security.UpwardUser;

@RestController
@Tag(name = "Planned sessions", description = "Meetings a pair plans ahead, with calendar (.ics) invites")
class TopicSuggestionApiController {

    private final MeetingTopics topics;

    TopicSuggestionApiController(MeetingTopics topics) {
        this.topics = topics;
    }

    @Operation(summary = "The conversation topics a pair may plan a meeting about, those that fit it first")
    @GetMapping("/api/v1/pairs/{id}/topic-suggestions")
    TopicSuggestions suggestions(@PathVariable long id, @AuthenticationPrincipal UpwardUser viewer) {
        return topics.offered(id, viewer);
    }
}
