package org.upward.agreement.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.agreement.AgreementView;
import org.upward.agreement.AgreementView.Goal;
import org.upward.agreement.AgreementView.GoalStatus;
import org.upward.agreement.PairAgreements;
import org.upward.agreement.internal.PairAgreement.GoalText;
import org.upward.pairing.PairAccess;
import org.upward.pairing.PairAccess.PairRef;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.program.ObjectiveView;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.security.Role;
import org.upward.security.UpwardUser;
import org.upward.shared.ConflictException;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;

/**
 * Pairs' agreements and goals: read by the two partners and admins, written and confirmed by the partners
 * only, while the pair is approved or active and its program not over. Any change to the text or the goals
 * clears the confirmations; a stale {@code version} is a 409.
 */
@Service
class Agreements implements PairAgreements {

    static final int MAX_TEXT = 10_000;
    static final int MAX_RHYTHM = 200;
    static final int MAX_STATEMENT = 500;
    static final int MAX_GOALS = 3;

    private final PairAgreementRepository agreements;
    private final AgreementTemplates templates;
    private final PairAccess pairs;
    private final ProgramService programs;
    private final People people;
    private final Clock clock;

    Agreements(
            PairAgreementRepository agreements,
            AgreementTemplates templates,
            PairAccess pairs,
            ProgramService programs,
            People people,
            Clock clock) {
        this.agreements = agreements;
        this.templates = templates;
        this.pairs = pairs;
        this.programs = programs;
        this.people = people;
        this.clock = clock;
    }

    /** What a partner sends: the whole agreement, with the version they read. */
    record AgreementRequest(String text, String meetingRhythm, List<GoalRequest> goals, Long version) {}

    record GoalRequest(Long id, String statement, Integer objectiveIndex, String skill, GoalStatus status) {}

    @Override
    @Transactional(readOnly = true)
    public AgreementView get(long pairId, UpwardUser me) {
        PairRef pair = readable(pairId, me);
        return view(pair, agreements.findByPairId(pairId).orElse(null), me);
    }

    @Transactional
    public AgreementView write(long pairId, AgreementRequest request, UpwardUser me) {
        PairRef pair = partner(pairId, me);
        ProgramView program = writable(pair);
        List<GoalText> goals = validate(request, program);
        PairAgreement agreement = agreements.findForChange(pairId).orElse(null);
        long current = agreement == null ? 0 : agreement.getVersion();
        if (request.version() == null || request.version() != current) {
            throw stale();
        }
        if (agreement == null) {
            agreement = new PairAgreement(pairId);
        }
        agreement.write(request.text().trim(), blankToNull(request.meetingRhythm()), goals, clock.instant());
        agreement = agreements.saveAndFlush(agreement);
        return view(pair, agreement, me);
    }

    /** The partner confirms the current version ({@code version}, when given, must be it). */
    @Transactional
    public AgreementView confirm(long pairId, Long version, UpwardUser me) {
        PairRef pair = partner(pairId, me);
        writable(pair);
        PairAgreement agreement = agreements
                .findForChange(pairId)
                .orElseThrow(() -> new ConflictException(
                        UiText.of("agreement.conflict.title"), UiText.of("agreement.error.writeFirst")));
        if (version != null && version != agreement.getVersion()) {
            throw stale();
        }
        agreement.confirm(people.getByEmail(me.email()).id(), clock.instant());
        agreement = agreements.saveAndFlush(agreement);
        return view(pair, agreement, me);
    }

    static ConflictException stale() {
        return new ConflictException(UiText.of("agreement.conflict.stale"), UiText.of("agreement.error.stale"));
    }

    private List<GoalText> validate(AgreementRequest request, ProgramView program) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.text() == null || request.text().isBlank()) {
            problems.add(new FieldProblem("text", UiText.of("agreement.error.textRequired")));
        } else if (request.text().length() > MAX_TEXT) {
            problems.add(new FieldProblem("text", UiText.of("agreement.error.textTooLong", MAX_TEXT)));
        }
        if (request.meetingRhythm() != null && request.meetingRhythm().length() > MAX_RHYTHM) {
            problems.add(new FieldProblem("meetingRhythm", UiText.of("agreement.error.rhythmTooLong", MAX_RHYTHM)));
        }
        if (request.version() == null) {
            problems.add(new FieldProblem("version", UiText.of("agreement.error.versionRequired")));
        }
        List<GoalRequest> goals = request.goals() == null ? List.of() : request.goals();
        if (goals.isEmpty() || goals.size() > MAX_GOALS) {
            problems.add(new FieldProblem("goals", UiText.of("agreement.error.oneToThreeGoals")));
        }
        Map<String, String> skills = focusSkills(program);
        List<GoalText> texts = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            GoalRequest goal = goals.get(i);
            String at = "goals[" + i + "].";
            if (goal == null) {
                problems.add(new FieldProblem("goals[" + i + "]", UiText.of("agreement.error.goalMissing")));
                continue;
            }
            String statement = blankToNull(goal.statement());
            if (statement == null) {
                problems.add(new FieldProblem(at + "statement", UiText.of("agreement.error.statementRequired")));
            } else if (statement.length() > MAX_STATEMENT) {
                problems.add(new FieldProblem(
                        at + "statement", UiText.of("agreement.error.statementTooLong", MAX_STATEMENT)));
            }
            String skill = blankToNull(goal.skill());
            Integer objective = goal.objectiveIndex();
            if ((objective == null) == (skill == null)) {
                problems.add(new FieldProblem(at + "objectiveIndex", UiText.of("agreement.error.objectiveOrSkill")));
            } else if (objective != null
                    && (objective < 0 || objective >= program.objectives().size())) {
                problems.add(new FieldProblem(
                        at + "objectiveIndex",
                        UiText.of(
                                "agreement.error.noSuchObjective",
                                program.objectives().size())));
            } else if (skill != null && !skills.containsKey(skill.toLowerCase(Locale.ROOT))) {
                problems.add(new FieldProblem(
                        at + "skill", UiText.of("agreement.error.noSuchSkill", String.join(", ", skills.values()))));
            } else {
                texts.add(new GoalText(
                        goal.id(),
                        statement,
                        objective,
                        skill == null ? null : skills.get(skill.toLowerCase(Locale.ROOT)),
                        (goal.status() == null ? GoalStatus.OPEN : goal.status()).name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return texts;
    }

    /** The program's focus skills by lower-case name, in the objectives' order. */
    static Map<String, String> focusSkills(ProgramView program) {
        Map<String, String> skills = new LinkedHashMap<>();
        for (ObjectiveView objective : program.objectives()) {
            if (objective.focusSkills() != null) {
                objective.focusSkills().forEach(s -> skills.putIfAbsent(s.toLowerCase(Locale.ROOT), s));
            }
        }
        return skills;
    }

    private AgreementView view(PairRef pair, PairAgreement agreement, UpwardUser me) {
        ProgramView program = programs.get(pair.programId());
        boolean partner = pair.isPartner(me.email());
        boolean editable = partner && pair.isAgreed() && !program.status().isOver();
        List<String> objectives =
                program.objectives().stream().map(ObjectiveView::statement).toList();
        List<String> skills = List.copyOf(focusSkills(program).values());
        if (agreement == null) {
            return new AgreementView(
                    pair.id(),
                    templates.textFor(pair.programId()),
                    templates.defaultRhythm(program),
                    List.of(),
                    List.of(),
                    0,
                    false,
                    editable,
                    false,
                    objectives,
                    skills);
        }
        Map<Long, PersonRef> confirmers = people.byIds(agreement.getConfirmedBy());
        List<String> confirmedBy = agreement.getConfirmedBy().stream()
                .map(confirmers::get)
                .filter(Objects::nonNull)
                .map(PersonRef::email)
                .toList();
        return new AgreementView(
                pair.id(),
                agreement.getText(),
                agreement.getMeetingRhythm(),
                agreement.getGoals().stream()
                        .map(g -> new Goal(
                                g.getId(),
                                g.getStatement(),
                                g.getObjectiveIndex(),
                                g.getSkill(),
                                GoalStatus.valueOf(g.getStatus())))
                        .toList(),
                confirmedBy,
                agreement.getVersion(),
                true,
                editable,
                partner && confirmedBy.contains(People.normalizeEmail(me.email())),
                objectives,
                skills);
    }

    /** The two partners and admins read. */
    private PairRef readable(long pairId, UpwardUser me) {
        PairRef pair = pairs.get(pairId);
        if (!me.hasRole(Role.ADMIN) && !pair.isPartner(me.email())) {
            throw new AccessDeniedException(UiText.of("agreement.error.pairOnly"));
        }
        return pair;
    }

    /** Only the two partners write and confirm. */
    private PairRef partner(long pairId, UpwardUser me) {
        PairRef pair = pairs.get(pairId);
        if (!pair.isPartner(me.email())) {
            throw new AccessDeniedException(UiText.of("agreement.error.partnersOnly"));
        }
        return pair;
    }

    private ProgramView writable(PairRef pair) {
        ProgramView program = programs.get(pair.programId());
        if (!pair.isAgreed()) {
            throw new ConflictException(
                    UiText.of("agreement.conflict.title"), UiText.of("agreement.error.pairNotAgreed"));
        }
        if (program.status().isOver()) {
            throw new ConflictException(
                    UiText.of("agreement.conflict.title"), UiText.of("agreement.error.programOver"));
        }
        return program;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
