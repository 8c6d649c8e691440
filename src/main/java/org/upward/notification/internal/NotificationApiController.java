package org.upward.notification.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.upward.notification.internal.NotificationSettings.Settings;
import org.upward.security.UpwardUser;
import org.upward.shared.PageView;
import org.upward.shared.Paging;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Notifications", description = "The caller's own inbox and whether it is also mailed")
class NotificationApiController {

    /** {@code sponsorSummaries} may be left out: the setting stays as it is. */
    record SettingsRequest(
            @NotNull(message = "{notifications.error.sayTrueOrFalse}") Boolean email, Boolean sponsorSummaries) {}

    record ReadAll(int marked) {}

    record Unread(long unread) {}

    private final Inbox inbox;
    private final NotificationSettings settings;

    NotificationApiController(Inbox inbox, NotificationSettings settings) {
        this.inbox = inbox;
        this.settings = settings;
    }

    @Operation(summary = "List my notifications")
    @GetMapping("/notifications")
    PageView<NotificationView> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal UpwardUser me) {
        return inbox.page(me.email(), Paging.request(page, size));
    }

    @Operation(summary = "Count my unread notifications")
    @GetMapping("/notifications/unread-count")
    Unread unread(@AuthenticationPrincipal UpwardUser me) {
        return new Unread(inbox.unread(me.email()));
    }

    @Operation(summary = "Mark one of my notifications read")
    @PostMapping("/notifications/{id}/read")
    NotificationView read(@PathVariable long id, @AuthenticationPrincipal UpwardUser me) {
        return inbox.read(id, me.email());
    }

    @Operation(summary = "Mark all my notifications read")
    @PostMapping("/notifications/read-all")
    ReadAll readAll(@AuthenticationPrincipal UpwardUser me) {
        return new ReadAll(inbox.readAll(me.email()));
    }

    @Operation(summary = "Show whether my notifications are also mailed, and whether I get my programs' summaries")
    @GetMapping("/me/notification-settings")
    Settings settings(@AuthenticationPrincipal UpwardUser me) {
        return settings.of(me.email());
    }

    @Operation(summary = "Change whether my notifications are also mailed, and whether I get my programs' summaries")
    @PutMapping("/me/notification-settings")
    Settings change(@Valid @RequestBody SettingsRequest request, @AuthenticationPrincipal UpwardUser me) {
        return settings.change(me.email(), request.email(), request.sponsorSummaries());
    }
}
