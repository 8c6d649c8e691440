/**
 * Wrap-ups, a good ending: when a program is completed or a pair is closed early, both partners say how far
 * their goals got, what changed for them and whether they would recommend the program; the pair sees its own,
 * the program's results see aggregates only. The face is {@link org.upward.wrapup.WrapUps}.
 */
@ApplicationModule(
        displayName = "Wrap-ups",
        allowedDependencies = {
            "agreement",
            "messaging",
            "notification",
            "pairing",
            "people",
            "program",
            "security",
            "shared"
        })
package org.upward.wrapup;

import org.springframework.modulith.ApplicationModule;
