package org.upward.notification.internal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.upward.security.UpwardUser;
import org.upward.shared.Flash;
import org.upward.shared.PageView;
import org.upward.shared.Paging;

/**
 * The inbox page of any signed-in person, with the switch for notification email and, for a program's sponsor,
 * the one for the summaries of its results.
 */
@Controller
class NotificationPageController {

    static final int PAGE_SIZE = 20;

    private final Inbox inbox;
    private final NotificationSettings settings;

    NotificationPageController(Inbox inbox, NotificationSettings settings) {
        this.inbox = inbox;
        this.settings = settings;
    }

    @GetMapping("/notifications")
    String inbox(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal UpwardUser me, Model model) {
        PageView<NotificationView> notices =
                Paging.shown(page, PAGE_SIZE, request -> inbox.page(me.email(), request), PageView::total);
        model.addAttribute("notices", notices);
        model.addAttribute("unread", inbox.unread(me.email()));
        model.addAttribute("lastPage", Math.max(0, (int) ((notices.total() - 1) / PAGE_SIZE)));
        NotificationSettings.Settings mine = settings.of(me.email());
        model.addAttribute("emailOn", mine.email());
        model.addAttribute("sponsorSummariesOn", mine.sponsorSummaries());
        model.addAttribute("sponsorSummariesShown", settings.concernsSponsor(me.email()));
        return "notifications/inbox";
    }

    /** Opening a notice marks it read and goes where it points. */
    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable long id, @AuthenticationPrincipal UpwardUser me) {
        return "redirect:" + inbox.read(id, me.email()).link();
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal UpwardUser me, RedirectAttributes flash) {
        inbox.readAll(me.email());
        Flash.success("notifications.allRead").after(flash);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/settings")
    String change(
            @RequestParam(defaultValue = "false") boolean email,
            @AuthenticationPrincipal UpwardUser me,
            RedirectAttributes flash) {
        settings.change(me.email(), email, null);
        Flash.success(email ? "notifications.email.turnedOn" : "notifications.email.turnedOff")
                .after(flash);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/sponsor-summaries")
    String sponsorSummaries(
            @RequestParam(defaultValue = "false") boolean sponsorSummaries,
            @AuthenticationPrincipal UpwardUser me,
            RedirectAttributes flash) {
        settings.changeSponsorSummaries(me.email(), sponsorSummaries);
        Flash.success(
                        sponsorSummaries
                                ? "notifications.sponsorSummaries.turnedOn"
                                : "notifications.sponsorSummaries.turnedOff")
                .after(flash);
        return "redirect:/notifications";
    }
}
