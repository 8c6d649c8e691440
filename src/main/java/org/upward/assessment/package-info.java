/** Skill assessments: the PRE and POST windows of a program, participants' self-ratings and partner ratings, and reminders to answer. */
@ApplicationModule(
        displayName = "Skill assessments",
        allowedDependencies = {
            "enrollment",
            "messaging",
            "notification",
            "pairing",
            "people",
            "program",
            "security",
            "shared"
        })
package org.upward.assessment;

import org.springframework.modulith.ApplicationModule;
