package org.maillage.ui.internal.generate;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.IWebBrowser;
import org.eclipse.ui.browser.IWorkbenchBrowserSupport;

/**
 * Shows what a generation produced: the HTML document of the plan the user works on (else the first
 * one) opens in the workbench's browser.
 */
final class GeneratedDocuments {

    private GeneratedDocuments() {
    }

    static void openHtml(List<IFile> written, List<String> plans) {
        List<IFile> documents = written.stream().filter(GenerateWizard::isHtml).toList();
        IFile html = documents.stream().filter(f -> plans.stream().anyMatch(p -> f.getName().startsWith(p + "-")))
                .findFirst().orElse(documents.isEmpty() ? null : documents.get(0));
        if (html == null || html.getLocation() == null || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        try {
            IWebBrowser browser = PlatformUI.getWorkbench().getBrowserSupport().createBrowser(
                    IWorkbenchBrowserSupport.AS_EDITOR | IWorkbenchBrowserSupport.STATUS, "org.maillage.ui.generated",
                    html.getName(), html.getFullPath().toString());
            browser.openURL(html.getLocation().toFile().toURI().toURL());
        } catch (PartInitException | java.net.MalformedURLException e) {
            // the file is in the project and the explorer shows it; say why no browser showed it
            ILog.of(GeneratedDocuments.class).warn("cannot show " + html.getFullPath() + " in a browser", e);
        }
    }
}
