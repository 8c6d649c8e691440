/** Culture surveys: waves, items, anonymous answers and results that never single out a group under the anonymity threshold. */
@ApplicationModule(
        displayName = "Culture surveys",
        allowedDependencies = {"enrollment", "messaging", "notification", "people", "program", "security", "shared"})
package org.upward.survey;

import org.springframework.modulith.ApplicationModule;
