package org.maillage.workbench.ui.internal.help;

import java.io.IOException;
import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.FrameworkUtil;

/**
 * The user guide in the workbench's browser: the HTML pages this bundle carries (French, English under
 * {@code nl/en/}), the same ones its Eclipse help table of contents lists. The platform's help viewer
 * (org.eclipse.help.ui and its web application) is not part of the product.
 */
public final class GuideView extends ViewPart {

    public static final String ID = "org.maillage.workbench.ui.guide";

    /** The guide's page, in the workbench's language. */
    static final String PAGE = "$nl$/guide/index.html";

    private Browser browser;

    @Override
    public void createPartControl(Composite parent) {
        browser = new Browser(parent, SWT.NONE);
        browser.setUrl(page());
    }

    /**
     * The page as a file: URL (extracted from the bundle's jar if need be), so that its links to its
     * own sections work; it is self-contained (its style inline).
     */
    static String page() {
        URL url = FileLocator.find(FrameworkUtil.getBundle(GuideView.class), IPath.fromOSString(PAGE), null);
        if (url == null) {
            throw new IllegalStateException("the guide is missing from the bundle: " + PAGE);
        }
        try {
            return FileLocator.toFileURL(url).toExternalForm();
        } catch (IOException e) {
            throw new IllegalStateException("the guide cannot be read: " + url, e);
        }
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void setFocus() {
        browser.setFocus();
    }
}
