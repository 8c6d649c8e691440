/**
 * Agreements and goals: each pair's short agreement, written from its program's template, with one to three
 * goals tied to the program's objectives or focus skills, confirmed by both partners; the template admins
 * edit per program; which active pairs have not confirmed theirs two weeks in. The face is
 * {@link org.upward.agreement.PairAgreements}, {@link org.upward.agreement.AgreementCoverage} and the events it
 * publishes.
 */
@ApplicationModule(
        displayName = "Agreements and goals",
        allowedDependencies = {"pairing", "people", "program", "security", "shared"})
package org.upward.agreement;

import org.springframework.modulith.ApplicationModule;
