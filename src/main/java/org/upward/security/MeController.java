package org.upward.security;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Me", description = "Who is calling")
class MeController {

    record Me(String email, String name, List<Role> roles) {}

    @GetMapping("/me")
    Me me(@AuthenticationPrincipal UpwardUser user) {
        return new Me(user.email(), user.name(), user.roles().stream().sorted().toList());
    }
}
