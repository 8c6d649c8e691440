package org.upward.survey.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.survey.GroupResults;
import org.upward.survey.ItemKind;
import org.upward.survey.RespondentGroup;
import org.upward.survey.SurveyResults;
import org.upward.survey.WaveResults;
import org.upward.survey.WaveStatus;

/**
 * Aggregate survey figures per wave and group, for the admin page and the impact dashboard: n, means,
 * the satisfaction index and NPS. Never a single response; groups under 5 are suppressed.
 */
@Service
class SurveyResultsQuery implements SurveyResults {

    private final ProgramService programs;
    private final SurveyWaveRepository repository;
    private final SurveyItemRepository items;
    private final WaveTotalsQuery totals;
    private final Clock clock;

    SurveyResultsQuery(
            ProgramService programs,
            SurveyWaveRepository repository,
            SurveyItemRepository items,
            WaveTotalsQuery totals,
            Clock clock) {
        this.programs = programs;
        this.repository = repository;
        this.items = items;
        this.totals = totals;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WaveResults> of(long programId) {
        return of(programs.get(programId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<WaveResults> of(ProgramView program) {
        long programId = program.id();
        List<SurveyItem> scales = items.findByProgramIdOrderByIdAsc(programId).stream()
                .filter(i -> i.getKind() == ItemKind.SCALE)
                .toList();
        LocalDate today = LocalDate.now(clock);
        List<SurveyWave> waves = repository.findByProgramIdOrderByOpensOnAscIdAsc(programId);
        Map<Long, Map<RespondentGroup, GroupTotals>> byWave = totals.of(
                waves.stream()
                        .filter(wave -> wave.status(today) == WaveStatus.CLOSED)
                        .map(SurveyWave::getId)
                        .toList(),
                !scales.isEmpty());
        return waves.stream()
                .map(wave -> {
                    List<GroupResults> groups = new ArrayList<>();
                    if (wave.status(today) == WaveStatus.CLOSED) {
                        Map<RespondentGroup, GroupTotals> answered = byWave.getOrDefault(wave.getId(), Map.of());
                        for (RespondentGroup group : RespondentGroup.values()) {
                            groups.add(group(answered.getOrDefault(group, GroupTotals.none(group)), scales));
                        }
                    }
                    return new WaveResults(
                            wave.getName(), wave.getOpensOn(), wave.getClosesOn(), wave.status(today), groups);
                })
                .toList();
    }

    static GroupResults group(GroupTotals totals, List<SurveyItem> scales) {
        int n = totals.n();
        if (n < ClosedWaveResponses.MIN_GROUP) {
            return new GroupResults(totals.group(), n, true, null, null, null, null, null, null, Map.of());
        }
        Map<String, Double> custom = new LinkedHashMap<>();
        for (SurveyItem item : scales) {
            String id = String.valueOf(item.getId());
            GroupTotals.ItemTotal answers = totals.custom().get(id);
            custom.put(
                    id, answers == null || answers.n() < ClosedWaveResponses.MIN_GROUP ? null : round(answers.mean()));
        }
        double satisfaction = round(totals.satisfaction());
        return new GroupResults(
                totals.group(),
                n,
                false,
                round(totals.collaboration()),
                satisfaction,
                round((satisfaction - 1) / 4 * 100),
                round(totals.intergenerationalCommunication()),
                round(totals.recommend()),
                (int) Math.round(100.0 * (totals.promoters() - totals.detractors()) / n),
                custom);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
