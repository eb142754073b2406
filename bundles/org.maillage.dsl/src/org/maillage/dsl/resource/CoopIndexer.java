package org.maillage.dsl.resource;

import java.util.List;

import org.eclipse.xtext.build.Indexer;
import org.eclipse.xtext.build.ResolvedResourceDescription;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IResourceDescription;

import com.google.common.collect.ImmutableList;

/**
 * The index of the language server's incremental builder (Xtext's Indexer), whose
 * entries keep the names a file uses ({@link CoopResourceDescription}):
 * {@link CoopResourceDescriptionManager} decides from them which other files to check again (the
 * rule catalogue's cross-file findings). Xtext's own entries drop them, and log an error when asked.
 */
public class CoopIndexer extends Indexer {

    @Override
    protected IResourceDescription getResolvedResourceDescription(IResourceDescription description) {
        return new WithUsedNames(description);
    }

    /** Xtext's resolved copy of a description, plus the names the file uses. */
    static final class WithUsedNames extends ResolvedResourceDescription {

        private final List<QualifiedName> usedNames;

        WithUsedNames(IResourceDescription original) {
            super(original);
            this.usedNames = ImmutableList.copyOf(original.getImportedNames());
        }

        @Override
        public Iterable<QualifiedName> getImportedNames() {
            return usedNames;
        }
    }
}
