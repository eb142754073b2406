package org.maillage.workbench.ui.internal.help;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.ui.part.ViewPart;
import org.maillage.workbench.ui.internal.Messages;

/**
 * The first-start page (laid out in the Coopération perspective, reopened from Aide > Bienvenue):
 * the three first steps, each one click away, and a link to the guide.
 */
public final class WelcomeView extends ViewPart {

    public static final String ID = "org.maillage.workbench.ui.welcome";

    private Composite page;
    private Button createExample;
    private Button openPlan;
    private Button generate;

    @Override
    public void createPartControl(Composite parent) {
        page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        Label heading = new Label(page, SWT.WRAP);
        heading.setText(Messages.welcomeHeading);
        heading.setFont(JFaceResources.getHeaderFont());
        wrap(new Label(page, SWT.WRAP), Messages.welcomeIntro);
        FirstSteps steps = new FirstSteps(getSite().getWorkbenchWindow());
        createExample = step(Messages.welcomeCreate, Messages.welcomeCreateText, steps::createExampleProject);
        openPlan = step(Messages.welcomeOpen, Messages.welcomeOpenText, steps::openPlan);
        generate = step(Messages.welcomeGenerate, Messages.welcomeGenerateText, steps::generate);
        Link guide = new Link(page, SWT.WRAP);
        guide.setText(Messages.welcomeGuide);
        guide.addListener(SWT.Selection, e -> steps.openGuide());
    }

    private Button step(String label, String text, Runnable action) {
        Button button = new Button(page, SWT.PUSH);
        button.setText(label);
        button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        button.addListener(SWT.Selection, e -> action.run());
        wrap(new Label(page, SWT.WRAP), text);
        return button;
    }

    private static void wrap(Label label, String text) {
        label.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 200;
        label.setLayoutData(data);
    }

    /** The step buttons, in order: create the example project, open a plan, generate documents. */
    public Button[] steps() {
        return new Button[] { createExample, openPlan, generate };
    }

    @Override
    public void setFocus() {
        createExample.setFocus();
    }
}
