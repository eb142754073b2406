package org.maillage.model.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.model.coop.CoopFactory;
import org.maillage.model.coop.CoopFile;

/**
 * Writes a model (all the files of a set) to one self-contained exchange file and reads it back:
 * XMI for EMF tools, JSON for everything else. Reading refuses what is not a valid Maillage
 * model and never resolves anything outside the file.
 */
public interface Exchange {

    /** Exchange files larger than this are refused before parsing. */
    long MAX_BYTES = 64L * 1024 * 1024;

    void write(Collection<CoopFile> files, OutputStream out) throws IOException;

    /** The files of the exchange file; cross-references all resolved within it. */
    List<CoopFile> read(InputStream in) throws ExchangeException;

    /** The exchange for a format name: {@code xmi} or {@code json}; null for another name. */
    static Exchange forFormat(String format) {
        return switch (format) {
        case "xmi" -> new XmiExchange();
        case "json" -> new JsonExchange();
        default -> null;
        };
    }

    /** The files merged into one, as an import writes them to a single .coop file. */
    static CoopFile merge(List<CoopFile> files) {
        CoopFile merged = CoopFactory.eINSTANCE.createCoopFile();
        for (CoopFile file : files) {
            merged.getTerritories().addAll(List.copyOf(file.getTerritories()));
            merged.getActors().addAll(List.copyOf(file.getActors()));
            merged.getFunctions().addAll(List.copyOf(file.getFunctions()));
            merged.getObjectives().addAll(List.copyOf(file.getObjectives()));
            merged.getPlans().addAll(List.copyOf(file.getPlans()));
        }
        return merged;
    }

    /** Copies of the files, their cross-references between each other kept. */
    static Collection<CoopFile> copies(Collection<CoopFile> files) {
        return EcoreUtil.copyAll(files);
    }
}
