/**
 * The people directory (reporting lines, departments, leave dates), the skill catalog, the people CSV import and
 * export, a person's data export (subject access), which every module holding personal data contributes to, and
 * erasure (a person replaced by a pseudonym everywhere: {@code PersonErasure}, {@code PersonErased}).
 */
@ApplicationModule(
        displayName = "People directory",
        allowedDependencies = {"shared"})
package org.upward.people;

import org.springframework.modulith.ApplicationModule;
