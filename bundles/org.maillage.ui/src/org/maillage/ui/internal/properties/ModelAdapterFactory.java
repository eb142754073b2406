package org.maillage.ui.internal.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.views.properties.IPropertySource;
import org.maillage.model.coop.CoopPackage;

/** Gives the Properties view a property source for the elements of a cooperation model. */
public final class ModelAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> type) {
        if (type == IPropertySource.class && adaptable instanceof EObject element
                && element.eClass().getEPackage() == CoopPackage.eINSTANCE) {
            return type.cast(new ModelPropertySource(element));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }
}
