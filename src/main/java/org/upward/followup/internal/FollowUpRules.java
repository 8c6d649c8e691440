package org.upward.followup.internal;

import java.util.ArrayList;
import java.util.List;
import org.upward.followup.FollowUps;
import org.upward.followup.NewFollowUp;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;

/** What a follow-up must hold: a text of at most 500 characters and an owner who is one of the pair's two partners. */
final class FollowUpRules {

    static final int MAX_TEXT = 500;

    private FollowUpRules() {}

    /** A checked follow-up: its trimmed text and its owner. */
    record Checked(String text, PersonRef owner) {}

    /**
     * The items as they will be kept, or {@link InvalidFieldsException} naming {@code <prefix>[i].text} or
     * {@code .owner}; with {@code skipBlank} a row with no text is left out (a form's empty slots), keeping the
     * other rows' indexes so a message lands under its own field.
     */
    static List<Checked> check(List<NewFollowUp> items, PairRef pair, String prefix, boolean skipBlank) {
        List<FieldProblem> problems = new ArrayList<>();
        long written = items.stream().filter(i -> !blank(i)).count();
        if ((skipBlank ? written : items.size()) > FollowUps.MAX_PER_CALL) {
            problems.add(new FieldProblem(prefix, UiText.of("followup.error.tooMany", FollowUps.MAX_PER_CALL)));
        }
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            NewFollowUp item = items.get(i);
            if (skipBlank && blank(item)) {
                continue;
            }
            String at = prefix.isEmpty() ? "" : prefix + "[" + i + "].";
            String text = item == null || item.text() == null ? "" : item.text().trim();
            PersonRef owner = item == null ? null : owner(pair, item.owner());
            boolean ok = true;
            if (text.isEmpty()) {
                problems.add(new FieldProblem(at + "text", UiText.of("followup.error.textRequired")));
                ok = false;
            } else if (text.length() > MAX_TEXT) {
                problems.add(new FieldProblem(at + "text", UiText.of("followup.error.textTooLong", MAX_TEXT)));
                ok = false;
            }
            if (owner == null) {
                problems.add(new FieldProblem(at + "owner", UiText.of("followup.error.ownerOfThePair")));
                ok = false;
            }
            if (ok) {
                checked.add(new Checked(text, owner));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return checked;
    }

    /** The partner with that email, or null when it is neither of the two. */
    static PersonRef owner(PairRef pair, String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String normalized = People.normalizeEmail(email);
        if (pair.mentor().email().equals(normalized)) {
            return pair.mentor();
        }
        return pair.mentee().email().equals(normalized) ? pair.mentee() : null;
    }

    private static boolean blank(NewFollowUp item) {
        return item == null || item.text() == null || item.text().isBlank();
    }
}
