package org.upward.sessions.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.upward.security.UpwardUser;
import org.upward.shared.PageView;
import org.upward.shared.Paging;

@RestController
@RequestMapping("/api/v1/pairs/{id}/planned-sessions")
@Tag(name = "Planned sessions", description = "Meetings a pair plans ahead, with calendar (.ics) invites")
class PlannedSessionApiController {

    private final PlannedSessions planned;

    PlannedSessionApiController(PlannedSessions planned) {
        this.planned = planned;
    }

    @Operation(summary = "List a pair's planned sessions")
    @GetMapping
    PageView<PlannedSessionView> list(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal UpwardUser viewer) {
        return planned.list(id, viewer, Paging.request(page, size));
    }

    @Operation(summary = "Plan a session")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PlannedSessionView plan(
            @PathVariable long id,
            @Valid @RequestBody PlannedSessionRequest request,
            @AuthenticationPrincipal UpwardUser by) {
        return planned.plan(id, request, by);
    }

    @Operation(summary = "Show a planned session")
    @GetMapping("/{pid}")
    PlannedSessionView get(@PathVariable long id, @PathVariable long pid, @AuthenticationPrincipal UpwardUser viewer) {
        return planned.get(id, pid, viewer);
    }

    @Operation(summary = "Download a planned session as a calendar invite")
    @ApiResponse(
            responseCode = "200",
            description = "The invite as an iCalendar file",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    @GetMapping("/{pid}.ics")
    ResponseEntity<String> ics(
            @PathVariable long id, @PathVariable long pid, @AuthenticationPrincipal UpwardUser viewer) {
        return CalendarResponses.of(planned.invite(id, pid, viewer));
    }

    @Operation(summary = "Cancel a planned session")
    @DeleteMapping("/{pid}")
    ResponseEntity<Void> cancel(@PathVariable long id, @PathVariable long pid, @AuthenticationPrincipal UpwardUser by) {
        planned.cancel(id, pid, by);
        return ResponseEntity.noContent().build();
    }
}
