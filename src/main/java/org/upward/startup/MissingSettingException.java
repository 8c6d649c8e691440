package org.upward.startup;

/** Thrown at start-up when a setting the application cannot run without is absent. */
public class MissingSettingException extends RuntimeException {

    private final String action;

    public MissingSettingException(String problem, String action) {
        super(problem + " " + action);
        this.action = action;
    }

    public String problem() {
        return getMessage().substring(0, getMessage().length() - action.length() - 1);
    }

    public String action() {
        return action;
    }
}
