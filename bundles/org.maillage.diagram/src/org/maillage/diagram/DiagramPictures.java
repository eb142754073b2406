package org.maillage.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.glsp.graph.GGraph;
import org.maillage.diagram.internal.DiagramText;
import org.maillage.diagram.internal.graph.DiagramGraphs;
import org.maillage.diagram.internal.layout.DiagramLayout;
import org.maillage.diagram.internal.layout.LayoutSidecar;
import org.maillage.diagram.internal.svg.PngWriter;
import org.maillage.diagram.internal.svg.SvgWriter;
import org.maillage.model.coop.Plan;
import org.maillage.model.services.ModelLabels;
import org.maillage.model.services.Raci;
import org.maillage.model.validation.Finding;

/** A plan's diagrams as pictures, without a display: the same graph and layout as the editor's. */
public final class DiagramPictures {

    /** The diagram laid out: ELK, then the positions kept in the plan file's layout sidecar. */
    public static GGraph laidOut(DiagramKind kind, Plan plan, Locale locale, List<Finding> findings) {
        GGraph graph = DiagramGraphs.build(kind, plan, locale, findings, Set.of());
        DiagramLayout.apply(graph, userBounds(kind, plan));
        return graph;
    }

    public static String svg(DiagramKind kind, Plan plan, Locale locale, List<Finding> findings) {
        String title = DiagramText.get(locale, "title." + kind.fileSuffix(), plan.getTitle() == null ? plan.getName() : plan.getTitle());
        List<String> legend = kind == DiagramKind.WHO_DOES_WHAT
                ? Raci.CELL_ORDER.stream().map(r -> ModelLabels.enumLabel(r, locale)).toList()
                : List.of();
        return SvgWriter.write(laidOut(kind, plan, locale, findings), title, legend);
    }

    /** The same picture as {@link #svg}, rendered as PNG. */
    public static byte[] png(DiagramKind kind, Plan plan, Locale locale, List<Finding> findings) throws IOException {
        return PngWriter.write(svg(kind, plan, locale, findings));
    }

    private static Map<String, double[]> userBounds(DiagramKind kind, Plan plan) {
        URI uri = plan.eResource() == null ? null : plan.eResource().getURI();
        if (uri == null || !uri.isFile()) {
            return Map.of();
        }
        return LayoutSidecar.of(Path.of(uri.toFileString())).bounds(LayoutSidecar.key(kind.fileSuffix(), plan.getName()));
    }

    private DiagramPictures() {
    }
}
