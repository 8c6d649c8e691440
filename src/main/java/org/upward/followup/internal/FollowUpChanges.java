package org.upward.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.followup.FollowUpState;
import org.upward.followup.FollowUpView;
import org.upward.followup.NewFollowUp;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.PageView;
import org.upward.shared.UiText;

/** The API's and the pair page's own changes to a follow-up: add one, tick it done, reword or hand it over. */
@Service
class FollowUpChanges {

    private final FollowUpRepository followUps;
    private final FollowUpGuard guard;
    private final Clock clock;

    FollowUpChanges(FollowUpRepository followUps, FollowUpGuard guard, Clock clock) {
        this.followUps = followUps;
        this.guard = guard;
        this.clock = clock;
    }

    /** A change: the new state, or a new text and owner (each optional), with the version read. */
    record FollowUpChange(FollowUpState state, String text, String owner, Long version) {}

    @Transactional(readOnly = true)
    public PageView<FollowUpView> list(long pairId, UpwardUser me, Pageable pageable) {
        PairRef pair = guard.readable(pairId, me);
        var page = followUps.findByPair(pairId, pageable);
        return new PageView<>(
                page.getContent().stream().map(f -> FollowUpViews.of(pair, f)).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements());
    }

    @Transactional
    public FollowUpView create(long pairId, NewFollowUp item, UpwardUser me) {
        PairRef pair = guard.partner(pairId, me);
        FollowUpRules.Checked checked = FollowUpRules.check(
                        List.of(item == null ? new NewFollowUp(null, null) : item), pair, "", false)
                .get(0);
        return FollowUpViews.of(
                pair,
                followUps.save(new FollowUp(
                        pairId, null, checked.text(), checked.owner().id(), clock.instant())));
    }

    @Transactional
    public FollowUpView change(long id, FollowUpChange change, UpwardUser me) {
        FollowUp followUp = followUps.findForChange(id).orElseThrow(() -> notFound(id));
        PairRef pair = guard.partner(followUp.getPairId(), me);
        if (change.version() == null) {
            throw new InvalidFieldsException(
                    List.of(new FieldProblem("version", UiText.of("followup.error.versionRequired"))));
        }
        if (change.version() != followUp.getVersion()) {
            throw new ConflictException(UiText.of("followup.conflict.stale"), UiText.of("followup.error.stale"));
        }
        if (change.text() != null || change.owner() != null) {
            NewFollowUp next = new NewFollowUp(
                    change.text() == null ? followUp.getText() : change.text(),
                    change.owner() == null ? FollowUpViews.of(pair, followUp).owner() : change.owner());
            FollowUpRules.Checked checked =
                    FollowUpRules.check(List.of(next), pair, "", false).get(0);
            followUp.rewrite(checked.text(), checked.owner().id());
        }
        if (change.state() != null) {
            followUp.setState(change.state(), LocalDate.now(clock));
        }
        return FollowUpViews.of(pair, followUps.saveAndFlush(followUp));
    }

    /** The pair page's one tap: done, whatever the version (ticking twice is harmless). */
    @Transactional
    public long done(long id, UpwardUser me) {
        FollowUp followUp = followUps.findForChange(id).orElseThrow(() -> notFound(id));
        guard.partner(followUp.getPairId(), me);
        followUp.setState(FollowUpState.DONE, LocalDate.now(clock));
        return followUp.getPairId();
    }

    private static RuntimeException notFound(long id) {
        return new FollowUpNotFoundException(UiText.of("followup.error.notFound", id));
    }
}
