package org.upward.pairing.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.pairing.OpenChoices;
import org.upward.program.MatchingMode;
import org.upward.program.ProgramService;
import org.upward.program.ProgramStatus;
import org.upward.program.ProgramView;
import org.upward.shared.ConflictException;
import org.upward.shared.UiText;

/** When participants choose: in a participant-choice or hybrid program, while it is MATCHING. */
@Service
class ChoosingPrograms implements OpenChoices {

    private static final Set<MatchingMode> CHOOSING = Set.of(MatchingMode.PARTICIPANT_CHOICE, MatchingMode.HYBRID);

    private final ProgramService programs;

    ChoosingPrograms(ProgramService programs) {
        this.programs = programs;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> openForChoice(List<Long> programIds) {
        Set<Long> open = new HashSet<>();
        for (long id : programIds) {
            ProgramView program = programs.get(id);
            if (program.status() == ProgramStatus.MATCHING
                    && CHOOSING.contains(program.matching().mode())) {
                open.add(id);
            }
        }
        return open;
    }

    /** The program, when its participants are choosing now; a conflict says why not otherwise. */
    ProgramView choosing(long programId) {
        ProgramView program = programs.get(programId);
        if (!CHOOSING.contains(program.matching().mode())) {
            throw new ConflictException(
                    UiText.of("pairing.conflict.notAChoiceProgram"),
                    UiText.of("pairing.error.inTheAdminPairsPeopleParticipants", program.name()));
        }
        if (program.status() != ProgramStatus.MATCHING) {
            throw new ConflictException(
                    UiText.of("pairing.conflict.notChoosingNow"),
                    UiText.of("pairing.error.isParticipantsChooseWhileTheProgram", program.name(), program.status()));
        }
        return program;
    }
}
