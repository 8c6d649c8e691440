/**
 * The people directory (reporting lines, departments, leave dates), the skill catalog, the people CSV import and
 * export, a person's data export (subject access), which every module holding personal data contributes to,
 * erasure (a person replaced by a pseudonym everywhere: {@code PersonErased}, which every module holding their texts scrubs), SCIM 2.0
 * provisioning from an identity provider, and leavers: every way a leave date is set ends in one departure path
 * that publishes {@link org.upward.people.PersonLeft} and {@link org.upward.people.PersonReturned}.
 */
@ApplicationModule(
        displayName = "People directory",
        allowedDependencies = {"shared"})
package org.upward.people;

import org.springframework.modulith.ApplicationModule;
