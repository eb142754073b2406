package org.maillage.generator.template.internal;

import java.util.Locale;

import org.maillage.generator.template.TemplateLimits;
import org.maillage.generator.template.TemplateRefusedException;
import org.maillage.model.services.Localization;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;

/**
 * Turns whatever stopped a template into one line for the user: the template's name, what was
 * refused (the construct or the expression), where in the document ({@code content.xml:12:40}),
 * and why, in the user's language.
 */
public final class Refusals implements ArchiveCheck.Refuser<TemplateRefusedException> {

    private static final String MESSAGES = "org.maillage.generator.template.internal.messages";

    private final String template;
    private final Locale locale;
    private final TemplateLimits limits;

    public Refusals(String template, Locale locale, TemplateLimits limits) {
        this.template = template;
        this.locale = locale;
        this.limits = limits;
    }

    /** The document entry of a FreeMarker template name ({@code reportId!content.xml}). */
    static String entry(String templateName) {
        return templateName == null ? "?" : templateName.substring(templateName.lastIndexOf('!') + 1);
    }

    private TemplateRefusedException refused(Throwable cause, String key, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = template;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return new TemplateRefusedException(
                Localization.format(MESSAGES, Refusals.class.getClassLoader(), locale, key, all), cause);
    }

    /** The file is not an ODT or DOCX XDocReport can read. */
    @Override
    public TemplateRefusedException unreadable(Throwable cause) {
        return refused(cause, "unreadable", oneLine(cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getMessage()));
    }

    /** The template given is not a regular file. */
    public TemplateRefusedException notAFile() {
        return refused(null, "notAFile");
    }

    @Override
    public TemplateRefusedException notAZip() {
        return refused(null, "notAZip");
    }

    @Override
    public TemplateRefusedException tooLarge(long bytes) {
        return refused(null, "tooLarge", bytes >> 20);
    }

    @Override
    public TemplateRefusedException xmlEncoding(String entry) {
        return refused(null, "xmlEncoding", entry);
    }

    @Override
    public TemplateRefusedException doctype(String entry) {
        return refused(null, "doctype", entry);
    }

    /** Why filling stopped: {@code thrown} (null when it merely ended late), past the time bound or not. */
    public TemplateRefusedException of(Throwable thrown, boolean timedOut) {
        if (timedOut) {
            return refused(thrown, "timeout", limits.time().toSeconds());
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return refused(thrown, "memory");
            }
            if (cause instanceof StackOverflowError) {
                return refused(thrown, "recursion");
            }
            if (cause instanceof RefusedConstruct construct) {
                return refused(thrown, "construct", construct.construct(), construct.where());
            }
            if (cause instanceof BoundedWriter.OutputTooLarge) {
                return refused(thrown, "output", limits.maxOutputChars() / 1_000_000);
            }
            if (cause instanceof ParseException parse) {
                return refused(thrown, "syntax", entry(parse.getTemplateName()) + ":" + parse.getLineNumber() + ":"
                        + parse.getColumnNumber(), oneLine(parse.getEditorMessage()));
            }
            if (cause instanceof TemplateException error) {
                return templateError(thrown, error);
            }
        }
        return unreadable(thrown);
    }

    private TemplateRefusedException templateError(Throwable thrown, TemplateException error) {
        String where = entry(error.getTemplateSourceName()) + ":" + error.getLineNumber() + ":"
                + error.getColumnNumber();
        String expression = blamed(error);
        String message = String.valueOf(error.getMessageWithoutStackTop());
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataOnlyObjectWrapper.NotExposed) {
                return refused(thrown, "notData", expression, where);
            }
            if (cause instanceof RefusingTemplateLoader.InclusionRefused) {
                return refused(thrown, "inclusion", where);
            }
        }
        if (message.startsWith("Template inclusion failed") || message.startsWith("Template importing failed")) {
            return refused(thrown, "inclusion", where);
        }
        if (message.contains("not allowed in the template for security reasons")) {
            return refused(thrown, "construct", "?new", where);
        }
        if (message.contains("?api") || expression.contains("?api")) {
            return refused(thrown, "construct", "?api", where);
        }
        return refused(thrown, "error", where, expression, oneLine(message));
    }

    /** The expression FreeMarker blames, else the instruction that failed. */
    private static String blamed(TemplateException error) {
        if (error.getBlamedExpressionString() != null) {
            return oneLine(error.getBlamedExpressionString());
        }
        String stack = String.valueOf(error.getFTLInstructionStack());
        int at = stack.indexOf("Failed at: ");
        if (at < 0) {
            return "?";
        }
        String instruction = stack.substring(at + "Failed at: ".length()).lines().findFirst().orElse("");
        int in = instruction.indexOf("  [in template");
        return oneLine(in < 0 ? instruction : instruction.substring(0, in));
    }

    /** The first line of a message, shortened: FreeMarker's are long and English. */
    private static String oneLine(String message) {
        String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
