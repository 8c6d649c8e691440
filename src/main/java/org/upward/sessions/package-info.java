/** What pairs do once active: logged sessions with two-way feedback, planned meetings, check-ins, lunch & learns, the status board and reminders. */
@ApplicationModule(
        displayName = "Sessions and activity",
        allowedDependencies = {
            "agreement",
            "guide",
            "followup",
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
