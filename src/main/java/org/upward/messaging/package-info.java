/**
 * Message templates: the wording of the messages Upward sends a program's people (launch announcement,
 * application received, accepted, declined or waitlisted, pair introduced, reminders), a default for each in the
 * bundles, which an admin can edit per program with the placeholders each kind allows, preview with a real
 * participant and reset. Also sends the launch announcement when a program starts running. The face is
 * {@link org.upward.messaging.MessageTemplates}, {@link org.upward.messaging.MessageKind} and the events it
 * publishes.
 */
@ApplicationModule(
        displayName = "Message templates",
        allowedDependencies = {"enrollment", "notification", "people", "program", "shared"})
package org.upward.messaging;

import org.springframework.modulith.ApplicationModule;
