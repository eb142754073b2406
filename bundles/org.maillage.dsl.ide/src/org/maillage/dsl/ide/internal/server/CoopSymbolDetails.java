package org.maillage.dsl.ide.internal.server;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.maillage.model.coop.NamedElement;

/** An outline symbol's detail: the element's title. */
public class CoopSymbolDetails extends DocumentSymbolDetailsProvider {

    @Override
    public String getDetails(EObject object) {
        return object instanceof NamedElement named && named.getTitle() != null ? named.getTitle() : "";
    }
}
