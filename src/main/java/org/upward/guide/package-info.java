/**
 * Conversation guides: each program's library of topics for a pair's meetings (a starter set ships, in both
 * directions: what the junior mentor teaches and what the senior mentee teaches), each with a short agenda and
 * questions tied to catalog skills; admins add, edit, retire and restore them. The face is
 * {@link org.upward.guide.ConversationTopics}, its records and the events it publishes; planning a meeting
 * (sessions) asks it which topics fit a pair.
 */
@ApplicationModule(
        displayName = "Conversation guides",
        allowedDependencies = {"pairing", "people", "program", "security", "shared"})
package org.upward.guide;

import org.springframework.modulith.ApplicationModule;
