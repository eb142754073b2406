package org.maillage.cli.internal.commands;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.maillage.cli.CliExit;
import org.maillage.cli.CommandContext;
import org.maillage.cli.ICliCommand;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * {@code maillage lsp}: the Xtext language server for .coop files on standard input and output,
 * for VS Code or any LSP client (diagnostics, completion, hover, go to definition, formatting).
 */
public final class LspCommand implements ICliCommand {

    @Override
    public int run(CommandContext context, List<String> arguments) throws Exception {
        Arguments args;
        try {
            args = Arguments.parseNoOperand(context, arguments);
        } catch (Arguments.UsageException e) {
            return context.usageError(e.getMessage());
        }
        CoopRuntime.injector(args.locale());
        Injector injector = Guice.createInjector(Modules.override(new ServerModule())
                .with(binder -> binder.bind(IResourceServiceProvider.Registry.class)
                        .toInstance(IResourceServiceProvider.Registry.INSTANCE)));
        LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, context.in(), context.out());
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        try {
            listening.get();
        } catch (ExecutionException e) {
            return CliExit.USAGE_OR_IO;
        }
        return CliExit.OK;
    }
}
