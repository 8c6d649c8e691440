package org.upward.intake.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.upward.intake.IntakeSettings;
import org.upward.intake.OpenProgram;

/** A program's intake (admins) and the programs open to applications (anyone signed in). */
@RestController
@RequestMapping("/api/v1/programs")
@Tag(name = "Intake and applications")
class IntakeApiController {

    private final IntakeService intakes;

    IntakeApiController(IntakeService intakes) {
        this.intakes = intakes;
    }

    @Operation(summary = "A program's intake: dates, sides, questions, eligibility, places (admin)")
    @GetMapping("/{id}/intake")
    IntakeSettings get(@PathVariable long id) {
        return intakes.find(id).orElseThrow(ApplicationNotFoundException::noIntake);
    }

    @Operation(summary = "Open a program for applications, or change its intake, while it is enrolling (admin)")
    @PutMapping("/{id}/intake")
    IntakeSettings put(@PathVariable long id, @RequestBody IntakeSettings settings) {
        return intakes.save(id, settings);
    }

    @Operation(summary = "Programs accepting applications today (anyone signed in)")
    @GetMapping("/open")
    List<OpenProgram> open() {
        return intakes.open();
    }
}
