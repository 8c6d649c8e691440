package org.upward.program;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.upward.shared.ConflictException;

/** Programs as other modules see them: read them, list them, and (the demo) create them and move them on. */
public interface ProgramService {

    Page<ProgramView> list(Pageable pageable);

    /** Programs that have run (running, completed or archived), newest first: those with results to show. */
    Page<ProgramView> withResults(Pageable pageable);

    /** Every program in {@code status}, oldest first: e.g. the RUNNING ones for the reminder job. */
    List<ProgramView> inStatus(ProgramStatus status);

    ProgramView get(long id);

    /** Creates a DRAFT program, or throws {@link InvalidProgramException} listing every invalid field. */
    ProgramView create(ProgramRequest request);

    /** Moves the program to {@code next}, or throws a {@link ConflictException} whose detail says why not. */
    ProgramView transition(long id, ProgramStatus next);
}
