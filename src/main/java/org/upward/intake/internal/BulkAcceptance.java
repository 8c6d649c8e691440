package org.upward.intake.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Component;
import org.upward.intake.ApplicationView;
import org.upward.shared.ConflictException;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;

/**
 * Accepts several applications of one program, each in its own transaction, so one refusal (a manager still to
 * approve, no place left) does not hold the others back; every refusal is reported with its reason.
 */
@Component
class BulkAcceptance {

    static final int MAX_IDS = 200;

    record Refusal(long id, String reason) {}

    record Outcome(List<ApplicationView> accepted, List<Refusal> refused) {}

    private final ApplicationDecisions decisions;
    private final ApplicationStore store;

    BulkAcceptance(ApplicationDecisions decisions, ApplicationStore store) {
        this.decisions = decisions;
        this.store = store;
    }

    Outcome accept(long programId, List<Long> ids) {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_IDS) {
            throw new InvalidFieldException("ids", UiText.of("intake.error.bulkIds", MAX_IDS));
        }
        List<ApplicationView> accepted = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (long id : new LinkedHashSet<>(ids)) {
            if (store.find(id).filter(row -> row.programId() == programId).isEmpty()) {
                refused.add(new Refusal(id, UiText.of("intake.error.notInProgram")));
                continue;
            }
            try {
                accepted.add(decisions.accept(id));
            } catch (ConflictException | InvalidFieldException refusal) {
                refused.add(new Refusal(id, refusal.getMessage()));
            } catch (InvalidFieldsException refusal) {
                refused.add(new Refusal(
                        id,
                        String.join(
                                " ",
                                refusal.problems().stream()
                                        .map(p -> p.message())
                                        .toList())));
            }
        }
        return new Outcome(accepted, refused);
    }
}
