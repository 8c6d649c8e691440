package org.upward.survey.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.enrollment.Side;
import org.upward.shared.SpreadsheetSafe;
import org.upward.survey.RespondentGroup;

/**
 * Anonymised responses as CSV: one row per response of a closed wave, with the random respondent key
 * and the group, never a name or an email. A group with fewer than 5 responses in a wave is left out;
 * the side column of a wave is blank on every row unless at least 5 mentors and 5 mentees answered it, so
 * a lone mentee among mentors (whom the admin knows from the enrolment) is not the one row apart. Free
 * text that a spreadsheet would run as a formula is prefixed with an apostrophe.
 */
@Service
class SurveyExport {

    private final SurveyWaveService waves;
    private final SurveyWaveRepository repository;
    private final SurveyItemRepository items;
    private final ClosedWaveResponses responses;

    SurveyExport(
            SurveyWaveService waves,
            SurveyWaveRepository repository,
            SurveyItemRepository items,
            ClosedWaveResponses responses) {
        this.waves = waves;
        this.repository = repository;
        this.items = items;
        this.responses = responses;
    }

    @Transactional(readOnly = true)
    public String csv(long programId) {
        waves.list(programId);
        List<String> itemIds = items.findByProgramIdOrderByIdAsc(programId).stream()
                .map(i -> String.valueOf(i.getId()))
                .toList();
        List<String> header = new ArrayList<>(List.of(
                "wave",
                "respondent_key",
                "group",
                "side",
                "collaboration",
                "satisfaction",
                "intergenerational_communication",
                "recommend",
                "comments"));
        itemIds.forEach(id -> header.add("item_" + id));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get()
                .print(out)) {
            for (SurveyWave wave : repository.findByProgramIdOrderByOpensOnAscIdAsc(programId)) {
                print(printer, wave, responses.of(wave), itemIds);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void print(CSVPrinter printer, SurveyWave wave, List<ResponseRow> rows, List<String> itemIds)
            throws IOException {
        Map<RespondentGroup, Long> perGroup =
                rows.stream().collect(Collectors.groupingBy(ResponseRow::group, Collectors.counting()));
        Map<Side, Long> perSide = rows.stream()
                .filter(r -> r.side() != null)
                .collect(Collectors.groupingBy(ResponseRow::side, Collectors.counting()));
        boolean showSides = Arrays.stream(Side.values())
                .allMatch(side -> perSide.getOrDefault(side, 0L) >= ClosedWaveResponses.MIN_GROUP);
        for (ResponseRow row : rows) {
            if (perGroup.get(row.group()) < ClosedWaveResponses.MIN_GROUP) {
                continue;
            }
            boolean showSide = showSides && row.side() != null;
            List<Object> cells = new ArrayList<>(List.of(
                    wave.getName(),
                    row.respondentKey().toString(),
                    row.group().name(),
                    showSide ? row.side().name() : "",
                    row.collaboration(),
                    row.satisfaction(),
                    row.intergenerationalCommunication(),
                    row.recommend(),
                    SpreadsheetSafe.text(row.comments())));
            itemIds.forEach(id -> {
                Object answer = row.custom().get(id);
                cells.add(answer instanceof String text ? SpreadsheetSafe.text(text) : answer == null ? "" : answer);
            });
            printer.printRecord(cells);
        }
    }
}
