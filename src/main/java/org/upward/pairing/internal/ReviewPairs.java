package org.upward.pairing.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.PairHealth;
import org.upward.pairing.PairHealths;
import org.upward.pairing.PairStatus;
import org.upward.pairing.PairView;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.shared.ListPage;

/**
 * The pairs the review page shows: one page of each table read from the database (a program of thousands of
 * pairs reads 50 of each, with their people and, for active ones, their health), the pairs those replace, and
 * who is taken, for the manual form's suggestions.
 */
@Component
class ReviewPairs {

    static final Set<PairStatus> PROPOSED = Set.of(PairStatus.PROPOSED);
    static final Set<PairStatus> AGREED = Set.of(PairStatus.APPROVED, PairStatus.ACTIVE);
    static final Set<PairStatus> HISTORY = Set.of(PairStatus.REJECTED, PairStatus.DISSOLVED, PairStatus.CLOSED);

    /** The three tables' pages, the pairs the proposed ones replace by id, and who is in a live pair. */
    record Shown(
            ListPage<PairView> proposed,
            ListPage<PairView> agreed,
            ListPage<PairView> history,
            Map<Long, PairView> replaced) {}

    private final PairRepository pairs;
    private final People people;
    private final ObjectProvider<PairHealths> healths;

    ReviewPairs(PairRepository pairs, People people, ObjectProvider<PairHealths> healths) {
        this.pairs = pairs;
        this.people = people;
        this.healths = healths;
    }

    @Transactional(readOnly = true)
    Shown of(long programId, ReviewPage.Pages pages) {
        ListPage<MentoringPair> proposed = page(programId, PROPOSED, pages.proposed());
        ListPage<MentoringPair> agreed = page(programId, AGREED, pages.agreed());
        ListPage<MentoringPair> history = page(programId, HISTORY, pages.history());
        List<Long> replacedIds = proposed.rows().stream()
                .map(MentoringPair::getReplacesPairId)
                .filter(Objects::nonNull)
                .toList();
        List<MentoringPair> replaced = replacedIds.isEmpty() ? List.of() : pairs.findAllById(replacedIds);
        Map<Long, PersonRef> refs = people(proposed.rows(), agreed.rows(), history.rows(), replaced);
        Map<Long, PairHealth> health = health(programId, agreed.rows());
        return new Shown(
                views(proposed, refs, Map.of()),
                views(agreed, refs, health),
                views(history, refs, Map.of()),
                replaced.stream()
                        .map(p -> PairViews.of(p, refs))
                        .collect(Collectors.toMap(PairView::id, Function.identity())));
    }

    private ListPage<MentoringPair> page(long programId, Set<PairStatus> statuses, int number) {
        long total = pairs.countByProgramIdAndStatusIn(programId, statuses);
        int size = ListPage.DEFAULT_SIZE;
        int last = (int) Math.max(0, (total - 1) / size);
        int shown = Math.min(Math.max(number, 0), last);
        List<MentoringPair> rows = total == 0
                ? List.of()
                : pairs.findByProgramIdAndStatusInOrderByIdAsc(programId, statuses, PageRequest.of(shown, size));
        return new ListPage<>(rows, shown, size, total);
    }

    @SafeVarargs
    private Map<Long, PersonRef> people(Collection<MentoringPair>... lists) {
        Set<Long> ids = new HashSet<>();
        for (Collection<MentoringPair> list : lists) {
            list.forEach(p -> {
                ids.add(p.getMentorId());
                ids.add(p.getMenteeId());
            });
        }
        return ids.isEmpty() ? Map.of() : people.byIds(ids);
    }

    private Map<Long, PairHealth> health(long programId, List<MentoringPair> agreed) {
        PairHealths known = healths.getIfAvailable();
        List<Long> active = agreed.stream()
                .filter(p -> p.getStatus() == PairStatus.ACTIVE)
                .map(MentoringPair::getId)
                .toList();
        return known == null || active.isEmpty() ? Map.of() : known.of(programId, active);
    }

    private static ListPage<PairView> views(
            ListPage<MentoringPair> page, Map<Long, PersonRef> refs, Map<Long, PairHealth> health) {
        List<PairView> rows = page.rows().stream()
                .map(p -> {
                    PairView view = PairViews.of(p, refs);
                    PairHealth known = health.get(p.getId());
                    return known == null ? view : view.withHealth(known);
                })
                .toList();
        return new ListPage<>(rows, page.page(), page.size(), page.total());
    }
}
