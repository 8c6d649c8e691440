/**
 * Retention of personal data: the admin's policy (how many months each kind is kept after the program completes,
 * the person leaves or the entry's date), the nightly run that has each owning module remove its expired rows
 * through {@link org.upward.people.RetainedPersonalData} and records what it did (counts, never contents), the
 * preview of the next run, and the privacy notice written from the same policy.
 */
@ApplicationModule(
        displayName = "Retention",
        allowedDependencies = {"people", "security", "shared", "timezone"})
package org.upward.retention;

import org.springframework.modulith.ApplicationModule;
