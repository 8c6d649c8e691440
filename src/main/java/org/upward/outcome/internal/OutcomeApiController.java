package org.upward.outcome.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.upward.security.UpwardUser;

@RestController
@RequestMapping("/api/v1/programs/{programId}/outcomes")
@Tag(name = "Business outcomes", description = "New ideas, initiatives, efficiency gains and costs avoided")
class OutcomeApiController {

    private final OutcomeService outcomes;

    OutcomeApiController(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    @Operation(summary = "Record a business outcome")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    OutcomeView record(
            @PathVariable long programId,
            @Valid @RequestBody OutcomeRequest request,
            @AuthenticationPrincipal UpwardUser admin) {
        return outcomes.record(programId, request, admin.email());
    }

    @Operation(summary = "List a program's business outcomes")
    @GetMapping
    List<OutcomeView> list(@PathVariable long programId) {
        return outcomes.list(programId);
    }

    @Operation(summary = "Remove a business outcome")
    @DeleteMapping("/{outcomeId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long programId, @PathVariable long outcomeId) {
        outcomes.remove(programId, outcomeId);
    }
}
