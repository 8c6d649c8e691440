package org.upward.pairing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.FitAnswer;
import org.upward.pairing.FitChecks;
import org.upward.pairing.PairDecided;
import org.upward.pairing.PairStatus;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.InvalidFieldException;
import org.upward.shared.UiText;

/**
 * The fit check after the intro chat, instead of the admin's click: answering says the chat took place. Two
 * "good fit" start the pair at once (the same event as the admin's activation), "not sure yet" is asked again
 * after the next meeting, "not a fit" alerts the admins, who can rematch in one click. A partner sees only
 * their own answer and note.
 */
@Service
class FitCheckService implements FitChecks {

    static final int MAX_NOTE = 1000;

    private final FitCheckAnswerRepository answers;
    private final PairReview review;
    private final IntroChatRule introChat;
    private final PairingService pairing;
    private final People people;
    private final PairNotices notices;
    private final PairEvents events;
    private final Clock clock;

    FitCheckService(
            FitCheckAnswerRepository answers,
            PairReview review,
            IntroChatRule introChat,
            PairingService pairing,
            People people,
            PairNotices notices,
            PairEvents events,
            Clock clock) {
        this.answers = answers;
        this.review = review;
        this.introChat = introChat;
        this.pairing = pairing;
        this.people = people;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /** A partner's own answer, after the fit check. */
    record FitCheckView(long pairId, PairStatus status, FitAnswer answer, String note, Instant answeredAt) {}

    /** One partner's answer as the admins see it. */
    record AdminFitAnswer(String name, FitAnswer answer, String note) {

        public String answerText() {
            return switch (answer) {
                case GOOD_FIT -> UiText.of("pairing.fit.answer.GOOD_FIT");
                case NOT_SURE -> UiText.of("pairing.fit.answer.NOT_SURE");
                case NOT_A_FIT -> UiText.of("pairing.fit.answer.NOT_A_FIT");
            };
        }

        public boolean notAFit() {
            return answer == FitAnswer.NOT_A_FIT;
        }
    }

    @Transactional
    public FitCheckView answer(long pairId, UpwardUser by, FitAnswer answer, String note) {
        if (answer == null) {
            throw new InvalidFieldException("answer", UiText.of("pairing.fit.error.answerRequired"));
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidFieldException("note", UiText.of("pairing.fit.error.noteTooLong", MAX_NOTE));
        }
        MentoringPair pair = review.find(pairId);
        long me = partner(pair, by);
        if (pair.getStatus() != PairStatus.APPROVED) {
            throw new ConflictException(
                    UiText.of("pairing.fit.conflict.title"),
                    UiText.of(
                            pair.getStatus() == PairStatus.ACTIVE
                                    ? "pairing.fit.error.alreadyActive"
                                    : "pairing.fit.error.notWaiting"));
        }
        pairing.pairable(pair.getProgramId());
        introChat.requireHeld(pairId, "pairing.fit.error.introChatAhead");
        FitCheckAnswer mine =
                answers.findByPairIdAndPersonId(pairId, me).orElseGet(() -> new FitCheckAnswer(pairId, me));
        mine.answer(answer, note, clock.instant());
        answers.saveAndFlush(mine);
        List<FitCheckAnswer> both = answers.findByPairId(pairId);
        if (both.size() == 2 && both.stream().allMatch(a -> a.getAnswer() == FitAnswer.GOOD_FIT)) {
            pair.moveTo(PairStatus.ACTIVE, clock.instant());
            events.decided(PairDecided.Decision.ACTIVATED, pair, null);
        } else if (answer == FitAnswer.NOT_A_FIT) {
            notices.notAFit(pair, by, mine.getNote());
        }
        return new FitCheckView(pairId, pair.getStatus(), mine.getAnswer(), mine.getNote(), mine.getAnsweredAt());
    }

    @Override
    @Transactional
    public void record(long pairId, UpwardUser by, FitAnswer answer, String note) {
        answer(pairId, by, answer, note);
    }

    @Override
    @Transactional(readOnly = true)
    public MyFitCheck mine(long pairId, UpwardUser me) {
        MentoringPair pair = review.find(pairId);
        long person = partner(pair, me);
        FitCheckAnswer mine = answers.findByPairIdAndPersonId(pairId, person).orElse(null);
        return new MyFitCheck(
                pairId,
                pair.getStatus() == PairStatus.APPROVED,
                mine == null ? null : mine.getAnswer(),
                mine == null ? null : mine.getNote());
    }

    /** Both partners' answers for the admins' review page, by pair id. */
    @Transactional(readOnly = true)
    Map<Long, List<AdminFitAnswer>> forAdmins(Set<Long> pairIds) {
        if (pairIds.isEmpty()) {
            return Map.of();
        }
        List<FitCheckAnswer> rows = answers.findByPairIdIn(pairIds);
        Map<Long, PersonRef> names =
                people.byIds(rows.stream().map(FitCheckAnswer::getPersonId).collect(Collectors.toSet()));
        return rows.stream()
                .collect(Collectors.groupingBy(
                        FitCheckAnswer::getPairId,
                        Collectors.mapping(
                                a -> new AdminFitAnswer(
                                        names.get(a.getPersonId()).name(), a.getAnswer(), a.getNote()),
                                Collectors.toList())));
    }

    private long partner(MentoringPair pair, UpwardUser user) {
        long me = people.getByEmail(user.email()).id();
        if (pair.getMentorId() != me && pair.getMenteeId() != me) {
            throw new AccessDeniedException(UiText.of("pairing.fit.error.partnersOnly"));
        }
        return me;
    }
}
