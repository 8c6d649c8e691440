package org.upward.sessions.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.upward.security.UpwardUser;
import org.upward.sessions.FeedbackRequest;
import org.upward.sessions.SessionRequest;
import org.upward.shared.PageView;
import org.upward.shared.Paging;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Sessions", description = "A pair's shared session log and each partner's feedback")
class SessionApiController {

    private final SessionLog sessions;
    private final SessionFeedbacks feedback;

    SessionApiController(SessionLog sessions, SessionFeedbacks feedback) {
        this.sessions = sessions;
        this.feedback = feedback;
    }

    @Operation(summary = "List a pair's sessions")
    @GetMapping("/pairs/{id}/sessions")
    PageView<SessionView> list(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal UpwardUser viewer) {
        return sessions.list(id, viewer, Paging.request(page, size));
    }

    @Operation(summary = "Log a session of a pair")
    @PostMapping("/pairs/{id}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    SessionView log(
            @PathVariable long id, @Valid @RequestBody SessionRequest request, @AuthenticationPrincipal UpwardUser by) {
        return sessions.log(id, request, by);
    }

    @Operation(summary = "Show a session")
    @GetMapping("/sessions/{id}")
    SessionView get(@PathVariable long id, @AuthenticationPrincipal UpwardUser viewer) {
        return sessions.get(id, viewer);
    }

    @Operation(summary = "Edit a session")
    @PutMapping("/sessions/{id}")
    SessionView edit(
            @PathVariable long id, @Valid @RequestBody SessionRequest request, @AuthenticationPrincipal UpwardUser by) {
        return sessions.edit(id, request, by);
    }

    @Operation(summary = "Give my feedback on a session")
    @PostMapping("/sessions/{id}/feedback")
    ResponseEntity<MyFeedbackView> giveFeedback(
            @PathVariable long id,
            @Valid @RequestBody FeedbackRequest request,
            @AuthenticationPrincipal UpwardUser author) {
        SessionFeedbacks.Given given = feedback.give(id, request, author);
        return ResponseEntity.status(given.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(given.feedback());
    }

    @Operation(summary = "Show my feedback on a session")
    @GetMapping("/sessions/{id}/feedback/mine")
    MyFeedbackView myFeedback(@PathVariable long id, @AuthenticationPrincipal UpwardUser author) {
        return feedback.mine(id, author);
    }
}
