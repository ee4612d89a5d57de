package dk.spor.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dk.spor.platform.web.DanishFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template written as well-formed XHTML (under {@code templates/document/}) to a tagged
 * PDF/UA document with IBM Plex Sans, the design system's font, embedded from the bundled assets. Templates
 * format dates with {@code ${fmt...}}.
 */
@Service
public class PdfDocuments {

    static final String FONT_FAMILY = "IBM Plex Sans";
    private static final String FONT_DIR = "static/dkfds/fonts/IBMPlexSans/complete/ttf/";
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private final ITemplateEngine templates;
    private final DanishFormat format;

    PdfDocuments(ITemplateEngine templates, DanishFormat format) {
        this.templates = templates;
        this.format = format;
    }

    public byte[] render(String template, Map<String, Object> model) {
        Context context = new Context(DANISH, model);
        context.setVariable("fmt", format);
        String xhtml = templates.process("document/" + template, context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .useFont(() -> font("IBMPlexSans-Regular.ttf"), FONT_FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true)
                    .useFont(() -> font("IBMPlexSans-SemiBold.ttf"), FONT_FAMILY, 600, PdfRendererBuilder.FontStyle.NORMAL, true)
                    .useFont(() -> font("IBMPlexSans-Bold.ttf"), FONT_FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true)
                    .withHtmlContent(xhtml, null)
                    .toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render PDF " + template, e);
        }
    }

    private static InputStream font(String file) {
        try {
            return new ClassPathResource(FONT_DIR + file).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Font " + file + " is missing from the bundled design system", e);
        }
    }
}
