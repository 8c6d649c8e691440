package org.upward.home.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * One item of a participant's "to do" list: a message key for its title (with {@code titleArgs}), the day
 * it is due, where to do it, and how far along it is. Any feature adds its own kind of item.
 */
record ToDo(String titleKey, List<Object> titleArgs, LocalDate dueOn, String link, State state) {

    public enum State {
        TODO,
        STARTED,
        DONE
    }

    public Object arg(int i) {
        return i < titleArgs.size() ? titleArgs.get(i) : "";
    }
}
