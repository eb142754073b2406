package org.maillage.dsl.ide.internal.server;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.maillage.model.coop.CoopPackage;

/** Outline kinds by element: a territory is a namespace, an actor a class, a plan a module, an action an event... */
public class CoopSymbolKinds extends DocumentSymbolKindProvider {

    private static final Map<EClass, SymbolKind> KINDS = Map.of(CoopPackage.Literals.TERRITORY, SymbolKind.Namespace,
            CoopPackage.Literals.ACTOR, SymbolKind.Class, CoopPackage.Literals.FUNCTION, SymbolKind.Function,
            CoopPackage.Literals.OBJECTIVE, SymbolKind.Interface, CoopPackage.Literals.PLAN, SymbolKind.Module,
            CoopPackage.Literals.ACTION, SymbolKind.Event, CoopPackage.Literals.CONVENTION, SymbolKind.Struct);

    @Override
    protected SymbolKind getSymbolKind(EClass type) {
        for (EClass candidate = type; candidate != null; candidate = candidate.getESuperTypes().isEmpty() ? null
                : candidate.getESuperTypes().get(0)) {
            SymbolKind kind = KINDS.get(candidate);
            if (kind != null) {
                return kind;
            }
        }
        return SymbolKind.Object;
    }
}
