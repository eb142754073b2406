package org.maillage.model.validation.internal;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EObject;
import org.maillage.model.validation.Anchor;
import org.maillage.model.validation.Finding;
import org.maillage.model.services.Localization;
import org.maillage.model.validation.Severity;

/**
 * Where rules report: turns a code and arguments into a finding with its message and hint in
 * the catalogue's language ({@code messages.properties} French, {@code messages_en} English;
 * keys {@code CODE} and {@code CODE.hint}, or {@code CODE.variant} for a second wording).
 */
public final class FindingSink {

    private static final String BUNDLE = "org.maillage.model.validation.internal.messages";

    private final Locale locale;
    private final ResourceBundle messages;
    private final List<Finding> findings;
    private final Map<String, Optional<MessageFormat>> patterns = new HashMap<>();

    public FindingSink(Locale locale, List<Finding> findings) {
        this.locale = Localization.supported(locale);
        this.messages = Localization.bundle(BUNDLE, FindingSink.class.getClassLoader(), locale);
        this.findings = findings;
    }

    /** Reports {@code code} with the message of key {@code messageKey} (the code itself, or a variant). */
    public void report(String code, String messageKey, Severity severity, EObject target, Anchor anchor,
            Object... arguments) {
        String message = format(messageKey, arguments);
        MessageFormat hint = pattern(messageKey + ".hint");
        findings.add(new Finding(code, severity, target, anchor, message,
                hint == null ? null : hint.format(arguments)));
    }

    public void report(String code, Severity severity, EObject target, Anchor anchor, Object... arguments) {
        report(code, code, severity, target, anchor, arguments);
    }

    /** A localised fragment of a message (key {@code text.*}), e.g. what an argument names. */
    public String text(String key, Object... arguments) {
        return format(key, arguments);
    }

    private String format(String key, Object... arguments) {
        MessageFormat pattern = pattern(key);
        return pattern == null ? key : pattern.format(arguments);
    }

    /**
     * The message of {@code key}, parsed once per sink: a large model has tens of thousands of
     * findings of a few dozen keys. Null when the key is missing.
     */
    private MessageFormat pattern(String key) {
        return patterns.computeIfAbsent(key, k -> {
            try {
                return Optional.of(new MessageFormat(messages.getString(k), locale));
            } catch (MissingResourceException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }
}
