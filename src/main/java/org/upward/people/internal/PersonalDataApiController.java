package org.upward.people.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Personal data", description = "Everything Upward holds about a person (subject access)")
class PersonalDataApiController {

    private final PersonalDataCollector collector;

    PersonalDataApiController(PersonalDataCollector collector) {
        this.collector = collector;
    }

    @Operation(summary = "Download everything Upward holds about me, private reflections included")
    @GetMapping("/api/v1/me/personal-data")
    PersonalData mine(Principal me) {
        return collector.own(me.getName());
    }

    /** Audited; a private reflection's text is left out, their count is given. */
    @Operation(summary = "Download what Upward holds about a person, without their private reflections")
    @GetMapping("/api/v1/people/{email}/personal-data")
    PersonalData person(@PathVariable String email) {
        return collector.forAdmin(email, "JSON");
    }
}
