/**
 * Audit log: who did what and when for admin actions. Entries are written by listening to the events other
 * features publish inside their transactions, so an entry commits with its action and a rolled-back action
 * leaves none. Append-only: no code path updates an entry, and the database refuses it too; the one
 * exception is the retention run deleting entries past the policy's period, never younger than 72 months (V44,
 * {@code AuditEntryRetention}).
 */
@ApplicationModule(
        displayName = "Audit log",
        allowedDependencies = {
            "agreement",
            "enrollment",
            "guide",
            "intake",
            "outcome",
            "pairing",
            "people",
            "program",
            "retention",
            "security",
            "sessions",
            "shared",
            "timezone"
        })
package org.upward.audit;

import org.springframework.modulith.ApplicationModule;
