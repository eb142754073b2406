package org.maillage.workbench.ui.internal.open;

import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.FilteredItemsSelectionDialog;
import org.maillage.workbench.ui.internal.Messages;
import org.maillage.workbench.ui.internal.search.ElementHit;
import org.maillage.workbench.ui.internal.search.FoldedText;
import org.maillage.workbench.ui.internal.search.HitLabels;
import org.maillage.workbench.ui.internal.search.ProjectElements;
import org.osgi.framework.FrameworkUtil;

/**
 * Maillage > Open element…: every element of the Maillage projects, filtered as one types by id or
 * title (wildcards and camel case of the id as in Open Type; any part of the id or title, accents and
 * case ignored).
 */
public final class OpenElementDialog extends FilteredItemsSelectionDialog {

    private static final String SETTINGS = "OpenElementDialog";

    private final List<IProject> projects;

    public OpenElementDialog(Shell shell, List<IProject> projects) {
        super(shell, false);
        this.projects = projects;
        setTitle(Messages.openTitle);
        setMessage(Messages.openMessage);
        setListLabelProvider(new HitLabels());
        setDetailsLabelProvider(new HitLabels());
    }

    @Override
    protected Control createExtendedContentArea(Composite parent) {
        return null;
    }

    @Override
    protected IDialogSettings getDialogSettings() {
        IDialogSettings root = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(OpenElementDialog.class))
                .getDialogSettings();
        IDialogSettings section = root.getSection(SETTINGS);
        return section != null ? section : root.addNewSection(SETTINGS);
    }

    @Override
    protected IStatus validateItem(Object item) {
        return Status.OK_STATUS;
    }

    @Override
    protected ItemsFilter createFilter() {
        return new ItemsFilter() {
            private final String folded = FoldedText.fold(getPattern().replace("*", "").replace("?", ""));

            @Override
            public boolean matchItem(Object item) {
                return item instanceof ElementHit hit
                        && (matches(hit.name()) || (hit.title() != null && matches(hit.title()))
                                || FoldedText.contains(hit, folded));
            }

            @Override
            public boolean isConsistentItem(Object item) {
                return true;
            }
        };
    }

    @Override
    protected Comparator<ElementHit> getItemsComparator() {
        return Comparator.comparing((ElementHit hit) -> FoldedText.fold(hit.name()))
                .thenComparing(hit -> hit.file().getFullPath().toString());
    }

    @Override
    protected void fillContentProvider(AbstractContentProvider provider, ItemsFilter filter, IProgressMonitor monitor) {
        for (ElementHit hit : ProjectElements.all(projects, monitor)) {
            provider.add(hit, filter);
        }
    }

    @Override
    public String getElementName(Object item) {
        return item instanceof ElementHit hit ? hit.name() : null;
    }
}
