package org.maillage.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menu bar, with the platform's actions relabelled from this bundle's messages so that
 * the menus speak the workbench's language. Other plug-ins contribute into the standard
 * group markers ({@code additions}, {@code file.end}, ...).
 */
final class MaillageActionBarAdvisor extends ActionBarAdvisor {

    private final MenuManager file = new MenuManager(Messages.menuFile, IWorkbenchActionConstants.M_FILE);
    private final MenuManager edit = new MenuManager(Messages.menuEdit, IWorkbenchActionConstants.M_EDIT);
    private final MenuManager navigate = new MenuManager(Messages.menuNavigate, IWorkbenchActionConstants.M_NAVIGATE);
    private final MenuManager window = new MenuManager(Messages.menuWindow, IWorkbenchActionConstants.M_WINDOW);
    private final MenuManager help = new MenuManager(Messages.menuHelp, IWorkbenchActionConstants.M_HELP);

    MaillageActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow w) {
        fill(file, w, ActionFactory.NEW, Messages.actionNew);
        file.add(new Separator(IWorkbenchActionConstants.NEW_EXT));
        fill(file, w, ActionFactory.CLOSE, Messages.actionClose);
        fill(file, w, ActionFactory.CLOSE_ALL, Messages.actionCloseAll);
        file.add(new Separator(IWorkbenchActionConstants.SAVE_GROUP));
        fill(file, w, ActionFactory.SAVE, Messages.actionSave);
        fill(file, w, ActionFactory.SAVE_ALL, Messages.actionSaveAll);
        file.add(new Separator());
        fill(file, w, ActionFactory.REFRESH, Messages.actionRefresh);
        fill(file, w, ActionFactory.PROPERTIES, Messages.actionProperties);
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator(IWorkbenchActionConstants.FILE_END));
        fill(file, w, ActionFactory.QUIT, Messages.actionQuit);

        fill(edit, w, ActionFactory.UNDO, Messages.actionUndo);
        fill(edit, w, ActionFactory.REDO, Messages.actionRedo);
        edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        edit.add(new Separator(IWorkbenchActionConstants.CUT_EXT));
        fill(edit, w, ActionFactory.CUT, Messages.actionCut);
        fill(edit, w, ActionFactory.COPY, Messages.actionCopy);
        fill(edit, w, ActionFactory.PASTE, Messages.actionPaste);
        fill(edit, w, ActionFactory.DELETE, Messages.actionDelete);
        fill(edit, w, ActionFactory.SELECT_ALL, Messages.actionSelectAll);
        edit.add(new Separator());
        fill(edit, w, ActionFactory.FIND, Messages.actionFind);
        // the groups text editors contribute to (find next/previous, incremental find, add task...)
        edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
        edit.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        navigate.add(new GroupMarker(IWorkbenchActionConstants.NAV_START));
        navigate.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
        navigate.add(new GroupMarker(IWorkbenchActionConstants.SHOW_EXT));
        navigate.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        navigate.add(new GroupMarker(IWorkbenchActionConstants.NAV_END));

        MenuManager showView = new MenuManager(Messages.menuShowView, "showView");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(w));
        window.add(showView);
        fill(window, w, ActionFactory.RESET_PERSPECTIVE, Messages.actionResetPerspective);
        window.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        window.add(new Separator());
        fill(window, w, ActionFactory.PREFERENCES, Messages.actionPreferences);

        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new Separator());
        AboutAction about = new AboutAction(w);
        register(about);
        help.add(about);
    }

    private void fill(MenuManager menu, IWorkbenchWindow w, ActionFactory factory, String label) {
        IAction action = factory.create(w);
        action.setText(label);
        register(action);
        menu.add(action);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(navigate);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(window);
        menuBar.add(help);
    }
}
