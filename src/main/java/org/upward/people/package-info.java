/**
 * The people directory (reporting lines, departments, leave dates), the skill catalog, the people CSV import and
 * export, and a person's data export (subject access), which every module holding personal data contributes to.
 */
@ApplicationModule(
        displayName = "People directory",
        allowedDependencies = {"shared"})
package org.upward.people;

import org.springframework.modulith.ApplicationModule;
