/**
 * Audit log: who did what and when for admin actions. Entries are written by listening to the events other
 * features publish inside their transactions, so an entry commits with its action and a rolled-back action
 * leaves none. Append-only: no code path updates or deletes an entry, and the database refuses it too.
 */
@ApplicationModule(
        displayName = "Audit log",
        allowedDependencies = {
            "agreement",
            "enrollment",
            "guide",
            "intake",
            "messaging",
            "outcome",
            "pairing",
            "people",
            "program",
            "security",
            "sessions",
            "shared",
            "timezone"
        })
package org.upward.audit;

import org.springframework.modulith.ApplicationModule;
