package org.upward.impact.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.upward.shared.UiText;

/**
 * The board pack: a program's results as a PDF for those who read them away from Upward. The dashboard's results
 * fragment, from the same {@link ResultsContent}, laid out by openhtmltopdf from the XHTML that Thymeleaf makes of
 * {@code templates/impact/results-pdf.html}, in DejaVu Sans embedded (it has every character the texts use: ’ – −
 * ≥ ✓). The renderer loads nothing from outside: no image, style sheet or font by URL.
 */
@Component
class BoardPack {

    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
    private static final String FONT_FAMILY = "DejaVu Sans";
    private static final int LONGEST_NAME = 60;

    private final ImpactReportService reports;
    private final ITemplateEngine templates;
    private final Clock clock;
    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");

    BoardPack(ImpactReportService reports, ITemplateEngine templates, Clock clock) {
        this.reports = reports;
        this.templates = templates;
        this.clock = clock;
        XRLog.setLoggerImpl(new PdfRendererLog());
    }

    /** The PDF as a download ({@code Content-Disposition: attachment}), named after the program. */
    ResponseEntity<byte[]> download(long programId) {
        ImpactReportService.Dashboard dashboard = reports.dashboard(programId);
        byte[] pdf = render(ResultsContent.of(dashboard));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(
                                        fileName(programId, dashboard.program().name()))
                                .build()
                                .toString())
                .body(pdf);
    }

    byte[] render(ResultsContent content) {
        Locale locale = LocaleContextHolder.getLocale();
        Context context = new Context(locale, content.variables());
        context.setVariable("producedOn", UiText.day(LocalDate.now(clock)));
        context.setVariable("language", UiText.of("day.language"));
        String xhtml = templates.process("impact/results-pdf", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFont(() -> stream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> stream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useUnicodeLineBreaker(new NumberKeepingLineBreaker(locale));
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Upward");
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * "reverse-mentoring-pilot-2026-results.pdf": the program's name in lower-case ASCII letters and digits joined
     * by hyphens (accents dropped, anything else a hyphen), at most 60 characters; "program-12" without any.
     */
    static String fileName(long programId, String programName) {
        String ascii = Normalizer.normalize(programName, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        if (slug.length() > LONGEST_NAME) {
            slug = slug.substring(0, LONGEST_NAME);
        }
        slug = slug.replaceAll("^-+|-+$", "");
        return (slug.isEmpty() ? "program-" + programId : slug) + "-results.pdf";
    }

    private static InputStream stream(byte[] font) {
        return new ByteArrayInputStream(font);
    }

    private static byte[] font(String file) {
        try (InputStream in = new ClassPathResource(FONTS + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The board pack's font " + file + " is not on the class path", e);
        }
    }
}
