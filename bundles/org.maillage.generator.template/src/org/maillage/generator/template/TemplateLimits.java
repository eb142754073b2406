package org.maillage.generator.template;

import java.time.Duration;

/**
 * The bounds within which a template is read and filled: the time one document may take to fill
 * (a template that loops for ever stops there), the characters it may write, the size of the
 * template file and of its content once unzipped (a zip bomb stops there). The defaults can be
 * changed with the system properties {@code maillage.template.timeout} (seconds) and
 * {@code maillage.template.maxOutput} (characters).
 */
public record TemplateLimits(Duration time, long maxOutputChars, long maxFileBytes, long maxExpandedBytes) {

    /** 30 s, 64 million characters, a 32 MB file holding at most 128 MB. */
    public static final TemplateLimits DEFAULT = new TemplateLimits(
            Duration.ofSeconds(Long.getLong("maillage.template.timeout", 30)),
            Long.getLong("maillage.template.maxOutput", 64L << 20), 32L << 20, 128L << 20);

    /** These bounds with another time bound. */
    public TemplateLimits withTime(Duration other) {
        return new TemplateLimits(other, maxOutputChars, maxFileBytes, maxExpandedBytes);
    }

    /** These bounds with another output bound. */
    public TemplateLimits withMaxOutputChars(long other) {
        return new TemplateLimits(time, other, maxFileBytes, maxExpandedBytes);
    }
}
