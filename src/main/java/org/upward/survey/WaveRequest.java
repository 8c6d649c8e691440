package org.upward.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A wave to schedule or reschedule. {@code wave} is BASELINE, MONTH_6, MONTH_12 or a name of the
 * admin's (letters, digits, _ and -; stored in capitals). {@code comparisonGroup} lists the emails of
 * non-participants who get the same survey; absent when rescheduling means "unchanged".
 */
public record WaveRequest(
        @NotBlank(message = "{survey.error.nameTheWaveEGBaseline}")
                @Size(max = 40, message = "{survey.error.atMost40Characters}")
                String wave,
        @NotNull(message = "{survey.error.giveTheFirstDayAnswersAre}") LocalDate opensOn,
        @NotNull(message = "{survey.error.giveTheLastDayAnswersAre}") LocalDate closesOn,
        @Size(max = 5000, message = "{survey.error.atMost5000People}") List<String> comparisonGroup) {}
