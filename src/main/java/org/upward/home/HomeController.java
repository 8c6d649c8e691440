package org.upward.home;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.upward.enrollment.EnrollmentService;
import org.upward.program.ProgramService;

/** Sends each person to the home page of their main role; each role has its own. */
@Controller
class HomeController {

    private final ProgramService programs;
    private final EnrollmentService enrollments;

    HomeController(ProgramService programs, EnrollmentService enrollments) {
        this.programs = programs;
        this.enrollments = enrollments;
    }

    @GetMapping("/")
    String home(Authentication authentication) {
        return "redirect:" + HomePage.of(authentication).path();
    }

    @GetMapping("/welcome")
    String welcome() {
        return "home/welcome";
    }

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute(
                "programs",
                programs.list(PageRequest.of(0, 20)).stream()
                        .map(program -> new AdminOverview(program, enrollments.completeness(program.id())))
                        .toList());
        return "home/admin";
    }

    @GetMapping("/executive")
    String executive() {
        return "home/executive";
    }
}
