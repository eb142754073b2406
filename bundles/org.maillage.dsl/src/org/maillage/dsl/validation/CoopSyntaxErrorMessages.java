package org.maillage.dsl.validation;

import java.util.Locale;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.maillage.dsl.DiagnosticLanguage;
import org.maillage.dsl.conversion.CoopValueConverters;
import org.maillage.dsl.internal.DslMessages;
import org.maillage.model.services.Numbers;

import com.google.inject.Inject;

/**
 * Syntax errors in the user's language, naming what was found and what was expected in words
 * ("un identifiant", "la fin du fichier") rather than grammar token names. Code: SYNTAX.
 */
public class CoopSyntaxErrorMessages extends SyntaxErrorMessageProvider {

    public static final String SYNTAX = "SYNTAX";
    public static final String VALUE = "VALUE-INVALID";
    /** A number of more than {@link Numbers#MAX_DIGITS} digits, refused without being parsed. */
    public static final String VALUE_TOO_LONG = "VALUE-TOO-LONG";

    @Inject
    private DiagnosticLanguage language;

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        Locale locale = language.get();
        RecognitionException error = context.getRecognitionException();
        String[] names = context.getTokenNames();
        Token token = error == null ? null : error.token;
        String found = token == null ? "" : token.getText();
        String message;
        String hint = null;
        if (error instanceof MissingTokenException missing) {
            message = DslMessages.get(locale, "syntax.missing", name(locale, names, missing.expecting), found);
            hint = DslMessages.get(locale, "syntax.missing.hint", name(locale, names, missing.expecting));
        } else if (error instanceof UnwantedTokenException unwanted) {
            message = DslMessages.get(locale, "syntax.extraneous", found, name(locale, names, unwanted.expecting));
        } else if (error instanceof MismatchedTokenException mismatched) {
            String expected = name(locale, names, mismatched.expecting);
            if (token != null && token.getType() == Token.EOF) {
                message = DslMessages.get(locale, "syntax.eof", expected);
            } else {
                message = DslMessages.get(locale, "syntax.unexpected", found, expected);
                boolean keywordAsName = "RULE_ID".equals(tokenName(names, mismatched.expecting))
                        && tokenName(names, token.getType()).startsWith("'");
                hint = keywordAsName ? DslMessages.get(locale, "syntax.keywordAsName", found)
                        : DslMessages.get(locale, "syntax.unexpected.hint");
            }
        } else if (token != null && token.getType() == Token.EOF) {
            message = DslMessages.get(locale, "syntax.eof", "}");
        } else if (token != null && "RULE_ANY_OTHER".equals(tokenName(names, token.getType()))) {
            message = DslMessages.get(locale, "syntax.char", found);
            hint = DslMessages.get(locale, "syntax.char.hint");
        } else if (error != null) {
            message = DslMessages.get(locale, "syntax.noViable", found);
        } else {
            message = DslMessages.get(locale, "syntax.generic", context.getDefaultMessage());
        }
        return new SyntaxErrorMessage(message, SYNTAX, hint == null ? null : new String[] { hint });
    }

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
        if (context.getValueConverterException() instanceof CoopValueConverters.NumberTooLong) {
            return new SyntaxErrorMessage(context.getDefaultMessage(), VALUE_TOO_LONG,
                    new String[] { DslMessages.get(language.get(), "value.tooLong.hint", Numbers.MAX_DIGITS) });
        }
        return new SyntaxErrorMessage(context.getDefaultMessage(), VALUE);
    }

    private static String tokenName(String[] names, int type) {
        return names != null && type >= 0 && type < names.length ? names[type] : "";
    }

    /** A token type in words: keywords as written, terminals described. */
    private static String name(Locale locale, String[] names, int type) {
        if (type == Token.EOF) {
            return DslMessages.get(locale, "token.EOF");
        }
        String name = tokenName(names, type);
        if (name.startsWith("RULE_")) {
            return DslMessages.get(locale, "token." + name.substring("RULE_".length()));
        }
        return name.startsWith("'") ? "« " + name.substring(1, name.length() - 1) + " »" : name;
    }
}
