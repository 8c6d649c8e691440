package org.upward.sessions.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.upward.security.UpwardUser;

@RestController
@Tag(name = "Sessions", description = "A pair's shared session log and each partner's feedback")
class LunchAndLearnApiController {

    private final LunchAndLearn lunchAndLearn;

    LunchAndLearnApiController(LunchAndLearn lunchAndLearn) {
        this.lunchAndLearn = lunchAndLearn;
    }

    /** One lunch & learn for several active pairs of the program: the created session of each pair. */
    @Operation(summary = "Log a lunch-and-learn for several pairs")
    @PostMapping("/api/v1/programs/{id}/lunch-and-learn")
    @ResponseStatus(HttpStatus.CREATED)
    List<SessionView> log(
            @PathVariable long id,
            @Valid @RequestBody LunchAndLearnRequest request,
            @AuthenticationPrincipal UpwardUser admin) {
        return lunchAndLearn.log(id, request, admin);
    }
}
