/**
 * Follow-ups: a pair's action items, each with an owner (one of the two partners) and a state, added when a
 * session is logged or on their own, shown on the pair page and on both partners' to-do lists until done. The
 * face is {@link org.upward.followup.FollowUps}.
 */
@ApplicationModule(
        displayName = "Follow-ups",
        allowedDependencies = {"pairing", "people", "program", "security", "shared"})
package org.upward.followup;

import org.springframework.modulith.ApplicationModule;
