package org.upward.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.followup.FollowUpState;
import org.upward.followup.FollowUpView;
import org.upward.followup.FollowUps;
import org.upward.followup.MyFollowUp;
import org.upward.followup.NewFollowUp;
import org.upward.pairing.MyPair;
import org.upward.pairing.MyPairs;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.security.UpwardUser;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.ListPage;
import org.upward.shared.UiText;

/** A pair's follow-ups as the session log, the pair page and the home page use them. */
@Service
class FollowUpService implements FollowUps {

    private final FollowUpRepository followUps;
    private final FollowUpGuard guard;
    private final MyPairs myPairs;
    private final People people;
    private final Clock clock;

    FollowUpService(FollowUpRepository followUps, FollowUpGuard guard, MyPairs myPairs, People people, Clock clock) {
        this.followUps = followUps;
        this.guard = guard;
        this.myPairs = myPairs;
        this.people = people;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<FollowUpView> add(long pairId, Long sessionId, List<NewFollowUp> items, UpwardUser by) {
        if (items == null || items.isEmpty()) {
            return List.of();
        }
        PairRef pair = guard.logger(pairId, by);
        return FollowUpRules.check(items, pair, "followUps", true).stream()
                .map(c -> followUps.save(
                        new FollowUp(pairId, sessionId, c.text(), c.owner().id(), clock.instant())))
                .map(f -> FollowUpViews.of(pair, f))
                .toList();
    }

    @Override
    @Transactional
    public void markDone(long pairId, Collection<Long> ids, UpwardUser by) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        guard.partner(pairId, by);
        List<FollowUp> found = followUps.findForChange(ids);
        if (found.size() != ids.stream().distinct().count() || found.stream().anyMatch(f -> f.getPairId() != pairId)) {
            throw new InvalidFieldsException(
                    List.of(new FieldProblem("followUpsDone", UiText.of("followup.error.notOfThisPair"))));
        }
        LocalDate today = LocalDate.now(clock);
        found.forEach(f -> f.setState(FollowUpState.DONE, today));
    }

    @Override
    @Transactional(readOnly = true)
    public ListPage<FollowUpView> open(long pairId, UpwardUser me, int limit) {
        PairRef pair = guard.readable(pairId, me);
        Page<FollowUp> page = followUps.findOpen(List.of(pairId), PageRequest.of(0, limit));
        return new ListPage<>(
                page.getContent().stream().map(f -> FollowUpViews.of(pair, f)).toList(),
                0,
                limit,
                page.getTotalElements());
    }

    @Override
    @Transactional(readOnly = true)
    public ListPage<MyFollowUp> openForMe(UpwardUser me, int limit) {
        Map<Long, Boolean> over = new HashMap<>();
        Map<Long, MyPair> pairs = myPairs.of(me.email()).stream()
                .filter(p -> !over.computeIfAbsent(p.programId(), guard::programOver))
                .collect(Collectors.toMap(MyPair::pairId, Function.identity()));
        if (pairs.isEmpty()) {
            return new ListPage<>(List.of(), 0, limit, 0);
        }
        Page<FollowUp> page = followUps.findOpen(pairs.keySet(), PageRequest.of(0, limit));
        Map<Long, PersonRef> owners = people.byIds(
                page.getContent().stream().map(FollowUp::getOwnerId).collect(Collectors.toSet()));
        String myEmail = People.normalizeEmail(me.email());
        List<MyFollowUp> rows = page.getContent().stream()
                .map(f -> {
                    PersonRef owner = owners.get(f.getOwnerId());
                    MyPair pair = pairs.get(f.getPairId());
                    return new MyFollowUp(
                            FollowUpViews.of(f, owner),
                            owner != null && owner.email().equals(myEmail),
                            pair.partnerName(),
                            pair.programName());
                })
                .toList();
        return new ListPage<>(rows, 0, limit, page.getTotalElements());
    }
}
