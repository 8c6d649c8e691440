/**
 * What pairs do once active: logged sessions with two-way feedback (adding follow-ups, ticking goals done), planned
 * meetings with a conversation topic, check-ins, lunch & learns, the status board, reminders, and relationship health
 * (quiet pairs nudged, alerted, warned and closed for inactivity); an ended pair's page stays readable.
 */
@ApplicationModule(
        displayName = "Sessions and activity",
        allowedDependencies = {
            "agreement",
            "guide",
            "followup",
            "messaging",
            "notification",
            "pairing",
            "people",
            "program",
            "security",
            "shared",
            "wrapup"
        })
package org.upward.sessions;

import org.springframework.modulith.ApplicationModule;
