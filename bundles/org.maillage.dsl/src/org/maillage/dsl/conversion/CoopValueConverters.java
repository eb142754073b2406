package org.maillage.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractDeclarativeValueConverterService;
import org.eclipse.xtext.conversion.impl.AbstractLexerBasedConverter;
import org.eclipse.xtext.conversion.impl.IDValueConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.maillage.dsl.DiagnosticLanguage;
import org.maillage.dsl.internal.DslMessages;
import org.maillage.model.services.Numbers;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** How the terminals and data types of the .coop language become values, and back. */
public class CoopValueConverters extends AbstractDeclarativeValueConverterService {

    @Inject
    private Provider<IDValueConverter> idConverter;

    @Inject
    private DiagnosticLanguage language;

    /** An identifier; a name equal to a keyword is written with a leading ^. */
    @ValueConverter(rule = "ID")
    public IValueConverter<String> id() {
        return idConverter.get();
    }

    /** Double-quoted text where \" and \\ are the only escapes. */
    @ValueConverter(rule = "STRING")
    public IValueConverter<String> string() {
        return new AbstractLexerBasedConverter<>() {
            @Override
            public String toValue(String text, INode node) {
                return text == null ? null : unescape(text.substring(1, text.length() - 1));
            }

            @Override
            protected String toEscapedString(String value) {
                return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            }
        };
    }

    /** A date, kept as written (checked by the validator). */
    @ValueConverter(rule = "DATE")
    public IValueConverter<String> date() {
        return new AbstractLexerBasedConverter<>() {
            @Override
            public String toValue(String text, INode node) {
                return text;
            }
        };
    }

    /** A year: four digits. */
    @ValueConverter(rule = "Year")
    public IValueConverter<Integer> year() {
        return new IValueConverter<>() {
            @Override
            public Integer toValue(String text, INode node) {
                String digits = text == null ? "" : text.trim();
                if (digits.length() > Numbers.MAX_DIGITS) {
                    throw tooLong(digits, node);
                }
                if (!digits.matches("[0-9]{4}")) {
                    throw new ValueConverterException(DslMessages.get(language.get(), "value.year", digits), node, null);
                }
                return Integer.valueOf(digits);
            }

            @Override
            public String toString(Integer value) {
                return String.format("%04d", value);
            }
        };
    }

    /** A decimal number, written without exponent or thousands separator. */
    @ValueConverter(rule = "Decimal")
    public IValueConverter<BigDecimal> decimal() {
        return new IValueConverter<>() {
            @Override
            public BigDecimal toValue(String text, INode node) {
                try {
                    return Numbers.parse(text.trim());
                } catch (Numbers.TooLong e) {
                    throw tooLong(text, node);
                } catch (NumberFormatException | NullPointerException e) {
                    throw new ValueConverterException(DslMessages.get(language.get(), "value.number", text), node, e);
                }
            }

            @Override
            public String toString(BigDecimal value) {
                return value.toPlainString();
            }
        };
    }

    /** A number too long to be one (see {@link Numbers}): its length, never its text, in the message. */
    private NumberTooLong tooLong(String text, INode node) {
        return new NumberTooLong(DslMessages.get(language.get(), "value.tooLong", text.trim().length(),
                Numbers.MAX_DIGITS), node);
    }

    /** A number of more than {@link Numbers#MAX_DIGITS} digits, refused without being parsed. */
    public static final class NumberTooLong extends ValueConverterException {

        private static final long serialVersionUID = 1L;

        NumberTooLong(String message, INode node) {
            super(message, node, null);
        }
    }

    static String unescape(String body) {
        StringBuilder result = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                c = body.charAt(++i);
            }
            result.append(c);
        }
        return result.toString();
    }
}
