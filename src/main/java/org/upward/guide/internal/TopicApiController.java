package org.upward.guide.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.upward.guide.TopicView;
import org.upward.security.UpwardUser;
import org.upward.shared.PageView;
import org.upward.shared.Paging;

@RestController
@Tag(
        name = "Conversation guides",
        description = "Each program's topics for a pair's meetings: agenda, questions, skills")
class TopicApiController {

    private final TopicAdmin topics;

    TopicApiController(TopicAdmin topics) {
        this.topics = topics;
    }

    @Operation(summary = "List a program's conversation topics (admins; the partners of its pairs)")
    @GetMapping("/api/v1/programs/{id}/topics")
    PageView<TopicView> list(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal UpwardUser viewer) {
        return topics.list(id, viewer, Paging.request(page, size));
    }

    @Operation(summary = "Add a conversation topic to a program")
    @PostMapping("/api/v1/programs/{id}/topics")
    @ResponseStatus(HttpStatus.CREATED)
    TopicView add(@PathVariable long id, @RequestBody TopicRequest request) {
        return topics.add(id, request);
    }

    @Operation(summary = "Edit a conversation topic")
    @PutMapping("/api/v1/topics/{id}")
    TopicView edit(@PathVariable long id, @RequestBody TopicRequest request) {
        return topics.edit(id, request);
    }

    @Operation(summary = "Retire a conversation topic: no longer offered when planning")
    @PostMapping("/api/v1/topics/{id}/retire")
    TopicView retire(@PathVariable long id) {
        return topics.retire(id, true);
    }

    @Operation(summary = "Restore a retired conversation topic")
    @PostMapping("/api/v1/topics/{id}/restore")
    TopicView restore(@PathVariable long id) {
        return topics.retire(id, false);
    }
}
