package org.maillage.dsl.conversion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;

/**
 * Checks a model built outside the editor (an imported exchange file) against the grammar before
 * it is written as .coop text: every value a rule requires is there, and every value, once
 * converted, is exactly one token of the terminal the grammar reads it with (a date is one DATE,
 * an amount one NUMBER: no sign, no text smuggled after it).
 */
public class WritableValues {

    /** What cannot be written: the element, its feature, and the value (null when missing). */
    public record Problem(EObject element, EStructuralFeature feature, Object value) {

        public boolean missing() {
            return value == null;
        }
    }

    private record Rule(EStructuralFeature feature, String terminal, String converter, boolean required) {
    }

    @Inject
    private IGrammarAccess grammar;

    @Inject
    private IValueConverterService converters;

    @Inject
    @Named(LexerBindings.RUNTIME)
    private Provider<Lexer> lexers;

    @Inject
    private ITokenDefProvider tokens;

    private Map<EClass, List<Rule>> rules;

    /** The first value of {@code root} or its contents that cannot be written, if any. */
    public Optional<Problem> firstProblem(EObject root) {
        List<EObject> elements = new ArrayList<>();
        elements.add(root);
        root.eAllContents().forEachRemaining(elements::add);
        for (EObject element : elements) {
            for (Rule rule : rules().getOrDefault(element.eClass(), List.of())) {
                Optional<Problem> problem = check(element, rule);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Problem> check(EObject element, Rule rule) {
        EStructuralFeature feature = rule.feature();
        Object value = element.eGet(feature);
        Collection<?> values = feature.isMany() ? (Collection<?>) value : element.eIsSet(feature) ? List.of(value)
                : List.of();
        boolean enumDefault = !feature.isMany() && feature.getEType() instanceof EEnum;
        if (rule.required() && values.isEmpty() && !enumDefault) {
            return Optional.of(new Problem(element, feature, null));
        }
        if (rule.terminal() == null) {
            return Optional.empty();
        }
        for (Object single : values) {
            if (!isOneToken(single, rule)) {
                return Optional.of(new Problem(element, feature, single));
            }
        }
        return Optional.empty();
    }

    private boolean isOneToken(Object value, Rule rule) {
        String text;
        try {
            text = converters.toString(value, rule.converter());
        } catch (RuntimeException e) {
            return false;
        }
        if (text == null || text.isEmpty()) {
            return false;
        }
        Lexer lexer = lexers.get();
        lexer.setCharStream(new ANTLRStringStream(text));
        Token first = lexer.nextToken();
        Token second = lexer.nextToken();
        return second.getType() == Token.EOF && text.equals(first.getText())
                && ("RULE_" + rule.terminal()).equals(tokens.getTokenDefMap().get(first.getType()));
    }

    private synchronized Map<EClass, List<Rule>> rules() {
        if (rules == null) {
            rules = new HashMap<>();
            for (ParserRule rule : GrammarUtil.allParserRules(grammar.getGrammar())) {
                if (rule.getType() != null && rule.getType().getClassifier() instanceof EClass type
                        && !GrammarUtil.isDatatypeRule(rule)) {
                    for (Assignment assignment : GrammarUtil.containedAssignments(rule)) {
                        EStructuralFeature feature = type.getEStructuralFeature(assignment.getFeature());
                        if (feature != null) {
                            rules.computeIfAbsent(type, t -> new ArrayList<>()).add(rule(assignment, feature));
                        }
                    }
                }
            }
        }
        return rules;
    }

    private static Rule rule(Assignment assignment, EStructuralFeature feature) {
        String terminal = null;
        String converter = null;
        if (assignment.getTerminal() instanceof RuleCall call) {
            AbstractRule called = call.getRule();
            converter = called.getName();
            if (called instanceof TerminalRule) {
                terminal = called.getName();
            } else if (called instanceof ParserRule datatype && GrammarUtil.isDatatypeRule(datatype)) {
                terminal = terminalOf(datatype);
            }
        }
        return new Rule(feature, terminal, converter, isRequired(assignment));
    }

    /** The one terminal a data type rule such as {@code Year: NUMBER;} reads. */
    private static String terminalOf(ParserRule datatype) {
        for (Iterator<?> i = datatype.getAlternatives().eAllContents(); i.hasNext();) {
            if (i.next() instanceof RuleCall call && call.getRule() instanceof TerminalRule terminal) {
                return terminal.getName();
            }
        }
        return datatype.getAlternatives() instanceof RuleCall call && call.getRule() instanceof TerminalRule t
                ? t.getName()
                : null;
    }

    /** Whether the rule cannot be written without the assignment: nothing optional or alternative above it. */
    private static boolean isRequired(Assignment assignment) {
        EObject element = assignment;
        while (element instanceof AbstractElement abstractElement) {
            if (GrammarUtil.isOptionalCardinality(abstractElement) || abstractElement instanceof Alternatives) {
                return false;
            }
            element = element.eContainer();
        }
        return true;
    }
}
