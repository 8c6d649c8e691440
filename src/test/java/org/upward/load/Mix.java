package org.upward.load;

import java.util.Map;
import java.util.Random;

/**
 * Which requests the clients send, and how often: the Monday morning mix (every {@link Action} at its weight), or
 * the first mix of commit {@code 7bbf8ad} (participants only through the API, no results), so that commit and
 * this one can be compared on the same requests; or the Monday morning mix without the results API, which
 * {@code 7bbf8ad} did not have, so that the two commits can be compared on the Monday morning's requests.
 */
enum Mix {
    MONDAY(Map.of()),
    MONDAY_WITHOUT_RESULTS(Map.of(Action.RESULTS_API, 0)),
    FIRST(Map.of(
            Action.PARTICIPANT_HOME, 0,
            Action.PAIR_PAGE, 0,
            Action.NOTIFICATIONS, 0,
            Action.READ_SESSIONS, 50,
            Action.LOG_SESSION, 30,
            Action.CHECK_IN, 20,
            Action.IMPACT_PAGE, 50,
            Action.IMPACT_API, 50,
            Action.RESULTS_API, 0));

    private final Map<Action, Integer> weights;

    Mix(Map<Action, Integer> weights) {
        this.weights = weights;
    }

    int weight(Action action) {
        return weights.getOrDefault(action, action.weight);
    }

    /** One of the role's actions, drawn by weight. */
    Action pick(Role role, Random random) {
        int total = 0;
        for (Action action : Action.values()) {
            total += action.role == role ? weight(action) : 0;
        }
        int draw = random.nextInt(total);
        for (Action action : Action.values()) {
            draw -= action.role == role ? weight(action) : 0;
            if (action.role == role && draw < 0) {
                return action;
            }
        }
        throw new IllegalStateException("weights of " + role);
    }
}
