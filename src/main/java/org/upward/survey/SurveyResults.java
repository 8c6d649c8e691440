package org.upward.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.program.ProgramService;

/**
 * Aggregate survey figures per wave and group, for the admin page and the impact dashboard: n, means,
 * the satisfaction index and NPS. Never a single response; groups under 5 are suppressed.
 */
@Service
public class SurveyResults {

    private final ProgramService programs;
    private final SurveyWaveRepository repository;
    private final SurveyItemRepository items;
    private final ClosedWaveResponses responses;
    private final Clock clock;

    SurveyResults(
            ProgramService programs,
            SurveyWaveRepository repository,
            SurveyItemRepository items,
            ClosedWaveResponses responses,
            Clock clock) {
        this.programs = programs;
        this.repository = repository;
        this.items = items;
        this.responses = responses;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WaveResults> of(long programId) {
        programs.get(programId);
        List<SurveyItem> scales = items.findByProgramIdOrderByIdAsc(programId).stream()
                .filter(i -> i.getKind() == ItemKind.SCALE)
                .toList();
        LocalDate today = LocalDate.now(clock);
        return repository.findByProgramIdOrderByOpensOnAscIdAsc(programId).stream()
                .map(wave -> {
                    List<ResponseRow> rows = responses.of(wave);
                    List<GroupResults> groups = new ArrayList<>();
                    if (wave.status(today) == WaveStatus.CLOSED) {
                        for (RespondentGroup group : RespondentGroup.values()) {
                            groups.add(group(
                                    group,
                                    rows.stream()
                                            .filter(r -> r.group() == group)
                                            .toList(),
                                    scales));
                        }
                    }
                    return new WaveResults(
                            wave.getName(), wave.getOpensOn(), wave.getClosesOn(), wave.status(today), groups);
                })
                .toList();
    }

    static GroupResults group(RespondentGroup group, List<ResponseRow> rows, List<SurveyItem> scales) {
        int n = rows.size();
        if (n < ClosedWaveResponses.MIN_GROUP) {
            return new GroupResults(group, n, true, null, null, null, null, null, null, Map.of());
        }
        double satisfaction = mean(rows, ResponseRow::satisfaction);
        long promoters = rows.stream().filter(r -> r.recommend() >= 9).count();
        long detractors = rows.stream().filter(r -> r.recommend() <= 6).count();
        Map<String, Double> custom = new LinkedHashMap<>();
        for (SurveyItem item : scales) {
            String id = String.valueOf(item.getId());
            List<Integer> answers = rows.stream()
                    .map(r -> r.custom().get(id))
                    .filter(v -> v instanceof Integer)
                    .map(v -> (Integer) v)
                    .toList();
            custom.put(
                    id,
                    answers.size() < ClosedWaveResponses.MIN_GROUP
                            ? null
                            : round(answers.stream()
                                    .mapToInt(Integer::intValue)
                                    .average()
                                    .orElseThrow()));
        }
        return new GroupResults(
                group,
                n,
                false,
                mean(rows, ResponseRow::collaboration),
                satisfaction,
                round((satisfaction - 1) / 4 * 100),
                mean(rows, ResponseRow::intergenerationalCommunication),
                mean(rows, ResponseRow::recommend),
                (int) Math.round(100.0 * (promoters - detractors) / n),
                custom);
    }

    private static double mean(List<ResponseRow> rows, ToIntFunction<ResponseRow> item) {
        return round(rows.stream().mapToInt(item).average().orElseThrow());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
