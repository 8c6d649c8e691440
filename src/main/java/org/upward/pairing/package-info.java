/**
 * Pairing: runs of the pairing engine, the admin's review, manual pairs and swaps, participants' choice, and the pairs' lifecycle.
 * The face is what other modules ask of pairs ({@link org.upward.pairing.PairAccess}, {@link org.upward.pairing.MyPairs}, ...)
 * and the events it publishes; the engine itself is plain Java in {@code pairing.engine}, everything else is in {@code internal}.
 */
@ApplicationModule(
        displayName = "Pairing",
        allowedDependencies = {"enrollment", "messaging", "notification", "people", "program", "security", "shared"})
package org.upward.pairing;

import org.springframework.modulith.ApplicationModule;
