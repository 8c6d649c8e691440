/** The people directory (reporting lines, departments, leave dates), the skill catalog and the people CSV import and export. */
@ApplicationModule(
        displayName = "People directory",
        allowedDependencies = {"shared"})
package org.upward.people;

import org.springframework.modulith.ApplicationModule;
