package org.upward.retention.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy notice for everyone signed in: what Upward keeps, who sees it, for how long and how to get a copy.
 * The periods are the policy the nightly run applies, read when the page is shown.
 */
@Controller
class PrivacyPageController {

    private final RetentionPolicyService policy;
    private final RetentionPreview preview;

    PrivacyPageController(RetentionPolicyService policy, RetentionPreview preview) {
        this.policy = policy;
        this.preview = preview;
    }

    @GetMapping("/privacy")
    String notice(Model model) {
        model.addAttribute("months", policy.months());
        model.addAttribute("terms", RetentionTerm.all());
        model.addAttribute("applied", preview.applied());
        return "retention/privacy";
    }
}
