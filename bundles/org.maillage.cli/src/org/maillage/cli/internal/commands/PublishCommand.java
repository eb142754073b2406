package org.maillage.cli.internal.commands;

import java.util.ArrayList;
import java.util.List;

import org.maillage.cli.CommandContext;
import org.maillage.cli.ICliCommand;

/**
 * {@code maillage publish [--documents] [--lang fr|en] [--force] -o DIR PATH...}: the site of the
 * whole model (the {@code site} generator), in French and English, the documents' language
 * ({@code --lang}) as its home {@code DIR/index.html}; {@code --documents} also writes the
 * conventions' ODT and DOCX beside the pages. Otherwise the same as {@code generate site}:
 * a model with errors is refused unless {@code --force}, DIR is created, earlier pages replaced.
 */
public final class PublishCommand implements ICliCommand {

    static final String GENERATOR = "site";

    @Override
    public int run(CommandContext context, List<String> arguments) throws Exception {
        List<String> generate = new ArrayList<>(List.of("--format", "html"));
        for (String argument : arguments) {
            if (argument.equals("--documents")) {
                generate.set(1, "html,odt,docx");
            } else {
                generate.add(argument);
            }
        }
        return new GenerateCommand("publish", GENERATOR).run(context, generate);
    }
}
