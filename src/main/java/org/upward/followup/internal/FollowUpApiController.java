package org.upward.followup.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.upward.followup.FollowUpView;
import org.upward.followup.NewFollowUp;
import org.upward.followup.internal.FollowUpChanges.FollowUpChange;
import org.upward.security.UpwardUser;
import org.upward.shared.PageView;
import org.upward.shared.Paging;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Follow-ups", description = "A pair's action items, each with an owner and a state")
class FollowUpApiController {

    private final FollowUpChanges changes;

    FollowUpApiController(FollowUpChanges changes) {
        this.changes = changes;
    }

    @Operation(summary = "A pair's follow-ups, open ones first, newest first (the two partners, admins)")
    @GetMapping("/pairs/{id}/follow-ups")
    PageView<FollowUpView> list(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal UpwardUser me) {
        return changes.list(id, me, Paging.request(page, size));
    }

    @Operation(
            summary = "Add a follow-up to a pair (a partner)",
            description = "{text (at most 500 characters), owner: the email of the mentor or the mentee of the pair}")
    @PostMapping("/pairs/{id}/follow-ups")
    @ResponseStatus(HttpStatus.CREATED)
    FollowUpView add(
            @PathVariable long id,
            @RequestBody(required = false) NewFollowUp request,
            @AuthenticationPrincipal UpwardUser me) {
        return changes.create(id, request, me);
    }

    @Operation(
            summary = "Tick a follow-up done or open again, or reword it or hand it to the other partner (a partner)",
            description = "{state: OPEN|DONE} or {text, owner}, with the version read: a stale one is a 409.")
    @PatchMapping("/follow-ups/{id}")
    FollowUpView change(
            @PathVariable long id, @RequestBody FollowUpChange request, @AuthenticationPrincipal UpwardUser me) {
        return changes.change(id, request, me);
    }
}
