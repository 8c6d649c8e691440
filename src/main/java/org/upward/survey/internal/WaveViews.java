package org.upward.survey.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.upward.survey.RespondentGroup;

/** A wave as admins see it: its dates, status, comparison group and each group's response rate. */
@Component
class WaveViews {

    private final WaveAudience audience;
    private final Clock clock;

    WaveViews(WaveAudience audience, Clock clock) {
        this.audience = audience;
        this.clock = clock;
    }

    WaveView of(SurveyWave wave) {
        List<WaveAudience.Invitee> invitees = audience.invitees(wave);
        Map<Long, RespondentGroup> responded = audience.responded(wave.getId());
        return new WaveView(
                wave.getId(),
                wave.getProgramId(),
                wave.getName(),
                wave.getOpensOn(),
                wave.getClosesOn(),
                wave.status(LocalDate.now(clock)),
                invitees.stream()
                        .filter(i -> i.group() == RespondentGroup.COMPARISON)
                        .map(WaveAudience.Invitee::email)
                        .toList(),
                rate(invitees, responded, RespondentGroup.PARTICIPANT),
                rate(invitees, responded, RespondentGroup.COMPARISON));
    }

    /** Invited: the group's invitees and anyone who already answered in it (e.g. withdrew since). */
    private static SurveyResponseRate rate(
            List<WaveAudience.Invitee> invitees, Map<Long, RespondentGroup> responded, RespondentGroup group) {
        Set<Long> invited = new HashSet<>();
        invitees.stream().filter(i -> i.group() == group).forEach(i -> invited.add(i.personId()));
        long answered = responded.values().stream().filter(g -> g == group).count();
        responded.forEach((id, g) -> {
            if (g == group) {
                invited.add(id);
            }
        });
        return SurveyResponseRate.of(invited.size(), (int) answered);
    }
}
