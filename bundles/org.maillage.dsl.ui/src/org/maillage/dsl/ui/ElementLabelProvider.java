package org.maillage.dsl.ui;

import java.util.Locale;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.services.Localization;
import org.maillage.model.services.ModelLabels;

/** Elements shown by their title (their name when they have none), with their kind's icon. */
public class ElementLabelProvider extends LabelProvider {

    @Override
    public String getText(Object element) {
        if (element instanceof NamedElement named) {
            String title = named.getTitle();
            return title == null || title.isBlank() ? named.getName() : title;
        }
        return null;
    }

    @Override
    public Image getImage(Object element) {
        return element instanceof NamedElement named ? ElementIcons.of(named.eClass()) : null;
    }

    /** "id — title", or the id alone when the element has no title: how lists name an element. */
    public static String idAndTitle(String name, String title) {
        String id = name == null ? "" : name;
        return title == null || title.isBlank() ? id : id + " \u2014 " + title;
    }

    /** Kind, name and title: for status lines and tooltips. */
    public static String describe(NamedElement named) {
        Locale locale = Localization.supported(Locale.getDefault());
        return ModelLabels.label(named.eClass(), locale) + " " + named.getName()
                + (named.getTitle() == null ? "" : " - " + named.getTitle());
    }
}
