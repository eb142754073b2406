package org.maillage.dsl.ide.internal.server;

import org.eclipse.xtext.build.Indexer;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.maillage.dsl.resource.CoopIndexer;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/** The language server's injector: Xtext's server with the .coop server's classes (the language itself is registered apart). */
public final class CoopServerModule {

    private CoopServerModule() {
    }

    /** A new server injector; {@link LanguageServerImpl} gives a {@link CoopLanguageServer}. */
    public static Injector createInjector() {
        return Guice.createInjector(Modules.override(new ServerModule()).with(binder -> {
            binder.bind(IResourceServiceProvider.Registry.class).toInstance(IResourceServiceProvider.Registry.INSTANCE);
            binder.bind(LanguageServerImpl.class).to(CoopLanguageServer.class);
            binder.bind(SemanticTokensService.class).to(CoopSemanticTokens.class);
            binder.bind(Indexer.class).to(CoopIndexer.class);
            binder.bind(WorkspaceManager.class).to(CoopWorkspaceManager.class);
        }));
    }
}
