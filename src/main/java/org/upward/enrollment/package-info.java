/** Enrollment: who takes part in a program on which side, their matching profiles (skills, interests, work style), and the enrollments CSV. */
@ApplicationModule(
        displayName = "Enrollment",
        allowedDependencies = {"people", "program", "security", "shared"})
package org.upward.enrollment;

import org.springframework.modulith.ApplicationModule;
