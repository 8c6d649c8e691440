package org.upward.home;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Sends each person to the home page of their main role; each role has its own. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Authentication authentication) {
        return "redirect:" + HomePage.of(authentication).path();
    }

    @GetMapping("/welcome")
    String welcome() {
        return "home/welcome";
    }

    @GetMapping("/admin")
    String admin() {
        return "home/admin";
    }

    @GetMapping("/executive")
    String executive() {
        return "home/executive";
    }
}
