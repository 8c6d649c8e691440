package org.upward.impact.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

/** Sends one dashboard table as a CSV download, for the API and the page's buttons alike. */
final class ImpactCsv {

    private ImpactCsv() {}

    static void write(long programId, String slug, ImpactReportService reports, HttpServletResponse response)
            throws IOException {
        ImpactTable table = ImpactTable.bySlug(slug);
        if (table == null) {
            throw new UnknownTableException(slug);
        }
        ProgramImpact impact = reports.of(programId);
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"program-" + programId + "-" + table.slug() + ".csv\"");
        table.write(impact, response.getWriter());
    }

    static final class UnknownTableException extends NotFoundException {
        UnknownTableException(String slug) {
            super(UiText.of("impact.error.thereIsNoImpactTableCalled", slug));
        }
    }
}
