package org.maillage.cli.internal.commands;

import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.maillage.cli.CliExit;
import org.maillage.cli.CommandContext;
import org.maillage.cli.ICliCommand;
import org.maillage.generator.GeneratorDescriptor;
import org.maillage.generator.internal.GeneratorExtensionReader;

/** {@code maillage generators}: one line per installed generator: id, name, formats, contributing bundle. */
public final class GeneratorsCommand implements ICliCommand {

    @Override
    public int run(CommandContext context, List<String> arguments) throws Exception {
        Arguments args;
        try {
            args = Arguments.parseNoOperand(context, arguments);
        } catch (Arguments.UsageException e) {
            return context.usageError(e.getMessage());
        }
        Collection<GeneratorDescriptor> all = new GeneratorExtensionReader().read(Platform.getExtensionRegistry()).all();
        int idWidth = all.stream().mapToInt(g -> g.id().length()).max().orElse(0);
        int nameWidth = all.stream().mapToInt(g -> g.name(args.locale()).length()).max().orElse(0);
        int formatWidth = all.stream().mapToInt(g -> String.join(",", g.formats()).length()).max().orElse(0);
        for (GeneratorDescriptor generator : all) {
            context.out().printf("%-" + idWidth + "s  %-" + nameWidth + "s  %-" + formatWidth + "s  %s%n",
                    generator.id(), generator.name(args.locale()), String.join(",", generator.formats()),
                    generator.contributor());
        }
        return CliExit.OK;
    }
}
