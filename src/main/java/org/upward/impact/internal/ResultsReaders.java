package org.upward.impact.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.security.Role;
import org.upward.security.UpwardUser;

/**
 * Who reads a program's results: admins and executives, and the person named as its sponsor, who is told about
 * the results by mail and may hold neither role. The figures are aggregates either way.
 */
@Component
class ResultsReaders {

    private final ProgramService programs;

    ResultsReaders(ProgramService programs) {
        this.programs = programs;
    }

    void check(long programId, UpwardUser me) {
        if (me.hasRole(Role.ADMIN) || me.hasRole(Role.EXECUTIVE)) {
            return;
        }
        ProgramView program = programs.get(programId);
        if (program.sponsorEmail() == null || !program.sponsorEmail().equalsIgnoreCase(me.email())) {
            throw new AccessDeniedException("Only admins, executives and the program's sponsor read its results");
        }
    }
}
