package org.maillage.dsl.ide.hover;

import java.util.List;

/** What a hover shows: a heading (kind, name, title) and facts, one a line. */
public record HoverText(String heading, List<String> facts) {

    public HoverText {
        facts = List.copyOf(facts);
    }

    /** Plain text: the heading, then a fact a line (the workbench editor's tooltip). */
    public String plain() {
        StringBuilder text = new StringBuilder(heading);
        facts.forEach(fact -> text.append('\n').append(fact));
        return text.toString();
    }

    /** Markdown: the heading in bold, the facts as a list (the language server's hover). */
    public String markdown() {
        StringBuilder text = new StringBuilder("**").append(escape(heading)).append("**\n");
        facts.forEach(fact -> text.append("\n- ").append(escape(fact)));
        return text.toString();
    }

    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
