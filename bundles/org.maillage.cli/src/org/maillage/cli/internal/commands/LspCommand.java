package org.maillage.cli.internal.commands;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.maillage.cli.CliExit;
import org.maillage.cli.CommandContext;
import org.maillage.cli.ICliCommand;
import org.maillage.dsl.DiagnosticLanguage;
import org.maillage.dsl.ide.internal.server.CoopLanguageServer;
import org.maillage.dsl.ide.internal.server.CoopServerModule;
import org.maillage.dsl.ide.internal.server.ResponseErrors;

/**
 * {@code maillage lsp}: the Xtext language server for .coop files on standard input and output,
 * for VS Code or any LSP client (diagnostics with hints, completion, hover, code actions, go to
 * definition, references, rename, outline, semantic tokens, formatting). The diagnostics' language
 * is {@code --lang}'s when given, else the client's {@code locale}.
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
        DiagnosticLanguage language = CoopRuntime.injector(args.locale()).getInstance(DiagnosticLanguage.class);
        CoopLanguageServer server = (CoopLanguageServer) CoopServerModule.createInjector()
                .getInstance(LanguageServerImpl.class);
        if (args.option("--lang") != null) {
            server.forceLanguage(args.locale());
        }
        Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>().setLocalService(server)
                .setRemoteInterface(LanguageClient.class).setInput(context.in()).setOutput(context.out())
                .setExceptionHandler(new ResponseErrors(language::get)).create();
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
