package org.maillage.generator.template;

import org.maillage.generator.InputRefusedException;

/**
 * A document template refused: a construct a template may not use, a value that is not the
 * model's data, a file that is not a readable ODT or DOCX, or filling that went past a bound
 * (time, size, memory). The message is one line naming the template, the construct and where it
 * is ({@code content.xml:LINE:COLUMN} inside the document), in the user's language.
 */
public class TemplateRefusedException extends InputRefusedException {

    private static final long serialVersionUID = 1L;

    public TemplateRefusedException(String message) {
        super(message);
    }

    public TemplateRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
