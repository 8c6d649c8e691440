package org.upward.people.internal;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.PeopleImported;
import org.upward.shared.CsvImportException;
import org.upward.shared.CsvText;

/** Imports and exports people.csv. An import is all-or-nothing: any bad row and nothing is written, every bad row is reported. */
@Service
class PeopleImport {

    private final PeopleImporter importer;
    private final PeopleCsvWriter writer;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Departures departures;

    PeopleImport(
            PeopleImporter importer,
            PeopleCsvWriter writer,
            Clock clock,
            ApplicationEventPublisher events,
            Departures departures) {
        this.importer = importer;
        this.writer = writer;
        this.clock = clock;
        this.events = events;
        this.departures = departures;
    }

    /** Writes everyone as people.csv, in the format the import reads. */
    @Transactional(readOnly = true)
    public void export(Writer out) throws IOException {
        writer.write(out);
    }

    /** What importing the file would do; writes nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] csv) {
        return ImportPreview.of(plan(csv));
    }

    /** Imports the file in one transaction, or throws {@link CsvImportException} listing every bad row. */
    @Transactional
    public ImportResult importCsv(byte[] csv) {
        if (csv.length > CsvText.MAX_BYTES) {
            throw CsvText.tooLarge();
        }
        importer.lockDirectory();
        ImportPlan plan = plan(csv);
        if (!plan.valid()) {
            throw new CsvImportException(plan.problems());
        }
        importer.write(plan, clock.instant());
        // leave dates set or cleared by the file take effect as if typed one by one
        departures.settleAll();
        ImportResult result =
                new ImportResult(plan.toCreate().size(), plan.toUpdate().size());
        events.publishEvent(new PeopleImported(result.created(), result.updated()));
        return result;
    }

    private ImportPlan plan(byte[] csv) {
        PeopleCsvFile file = PeopleCsvReader.read(csv);
        if (!file.problems().isEmpty()) {
            return new ImportPlan(List.of(), file.problems());
        }
        return PeopleImportValidator.validate(file.rows(), importer.snapshot());
    }
}
