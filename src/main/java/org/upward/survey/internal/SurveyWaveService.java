package org.upward.survey.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.survey.SurveyWaves;
import org.upward.survey.SurveyWaves.ClosedWave;
import org.upward.survey.WaveRequest;
import org.upward.survey.WaveStatus;

/** Survey waves' public face for admins: schedule, reschedule and list them with response rates. */
@Service
class SurveyWaveService implements SurveyWaves {

    /** The waves every program is offered, with their dates counted from the program's start. */
    static final List<String> STANDARD = List.of("BASELINE", "MONTH_6", "MONTH_12");

    private final SurveyWaveRepository waves;
    private final WaveAudience audience;
    private final WaveRules rules;
    private final ProgramService programs;
    private final WaveChangeChecks changes;
    private final WaveViews views;
    private final Clock clock;

    SurveyWaveService(
            SurveyWaveRepository waves,
            WaveAudience audience,
            WaveRules rules,
            WaveChangeChecks changes,
            WaveViews views,
            ProgramService programs,
            Clock clock) {
        this.waves = waves;
        this.audience = audience;
        this.rules = rules;
        this.changes = changes;
        this.views = views;
        this.programs = programs;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WaveView> list(long programId) {
        programs.get(programId);
        return waves.findByProgramIdOrderByOpensOnAscIdAsc(programId).stream()
                .map(views::of)
                .toList();
    }

    /** The program's closed waves, without their response rates (cheap, for to-do lists). */
    @Transactional(readOnly = true)
    public List<ClosedWave> closed(long programId) {
        LocalDate today = LocalDate.now(clock);
        return waves.findByProgramIdOrderByOpensOnAscIdAsc(programId).stream()
                .filter(wave -> wave.status(today) == WaveStatus.CLOSED)
                .map(wave -> new ClosedWave(wave.getName(), wave.getClosesOn()))
                .toList();
    }

    @Transactional(readOnly = true)
    public WaveView get(long programId, long waveId) {
        return views.of(find(programId, waveId));
    }

    @Transactional
    public void schedule(long programId, WaveRequest request) {
        scheduleAndView(programId, request);
    }

    /** Schedules a wave as {@link #schedule} does, and answers it as the API and admin page show it. */
    @Transactional
    public WaveView scheduleAndView(long programId, WaveRequest request) {
        programs.get(programId);
        WaveRules.Checked checked =
                rules.check(request, audience.participants(programId).keySet());
        changes.refuseDuplicate(programId, checked.name(), null);
        SurveyWave wave = new SurveyWave(programId, clock.instant());
        wave.schedule(checked.name(), request.opensOn(), request.closesOn(), clock.instant());
        waves.saveAndFlush(wave);
        if (checked.comparisonIds() != null) {
            audience.replaceComparisonGroup(wave.getId(), checked.comparisonIds());
        }
        return views.of(wave);
    }

    /**
     * Renames or reschedules a wave; a comparison group sent replaces the old one (who answered stays). A
     * closed wave keeps its dates: reopening it for one more answer and exporting again would show that answer.
     */
    @Transactional
    public WaveView update(long programId, long waveId, WaveRequest request) {
        SurveyWave wave = find(programId, waveId);
        WaveRules.Checked checked =
                rules.check(request, audience.participants(programId).keySet());
        changes.refuseDuplicate(programId, checked.name(), wave.getId());
        changes.refuseReopening(wave, request);
        if (checked.comparisonIds() != null) {
            changes.refuseDroppingRespondents(wave, checked.comparisonIds());
            audience.replaceComparisonGroup(wave.getId(), checked.comparisonIds());
        }
        wave.schedule(checked.name(), request.opensOn(), request.closesOn(), clock.instant());
        waves.saveAndFlush(wave);
        return views.of(wave);
    }

    /** Adds people to a wave's comparison group (e.g. a whole department); participants are left out. */
    @Transactional
    public int addToComparisonGroup(long programId, long waveId, List<String> emails) {
        SurveyWave wave = find(programId, waveId);
        Set<String> participants = audience.participants(programId).keySet();
        List<String> others =
                emails.stream().filter(email -> !participants.contains(email)).toList();
        WaveRules.Checked checked = rules.check(
                new WaveRequest(wave.getName(), wave.getOpensOn(), wave.getClosesOn(), others), participants);
        Set<Long> before = audience.comparisonIds(waveId);
        audience.addToComparisonGroup(waveId, checked.comparisonIds());
        return audience.comparisonIds(waveId).size() - before.size();
    }

    /** Schedules whichever of BASELINE, MONTH_6 and MONTH_12 the program lacks, dated from its start. */
    @Transactional
    public List<WaveView> addStandardWaves(long programId) {
        ProgramView program = programs.get(programId);
        List<WaveView> added = new ArrayList<>();
        for (String name : STANDARD) {
            if (waves.findByProgramIdAndName(programId, name).isEmpty()) {
                LocalDate opens = suggestedOpening(name, program.startDate());
                added.add(
                        scheduleAndView(programId, new WaveRequest(name, opens, suggestedClosing(name, opens), null)));
            }
        }
        return added;
    }

    /** BASELINE two weeks before the start, the others 6 and 12 months after it. */
    static LocalDate suggestedOpening(String name, LocalDate start) {
        return switch (name) {
            case "MONTH_6" -> start.plusMonths(6);
            case "MONTH_12" -> start.plusMonths(12);
            default -> start.minusWeeks(2);
        };
    }

    /** Each standard wave stays open four weeks (BASELINE: until two weeks after the start). */
    static LocalDate suggestedClosing(String name, LocalDate opensOn) {
        return opensOn.plusWeeks(4).minusDays(1);
    }

    SurveyWave find(long programId, long waveId) {
        return waves.findById(waveId)
                .filter(w -> w.getProgramId() == programId)
                .orElseThrow(() -> new SurveyWaveNotFoundException("#" + waveId));
    }
}
