/** Pairing: runs of the pairing engine, the admin's review, manual pairs and swaps, participants' choice, and the pairs' lifecycle. */
@ApplicationModule(
        displayName = "Pairing",
        allowedDependencies = {"enrollment", "notification", "people", "program", "security", "shared"})
package org.upward.pairing;

import org.springframework.modulith.ApplicationModule;
