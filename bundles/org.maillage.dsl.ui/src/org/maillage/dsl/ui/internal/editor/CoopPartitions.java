package org.maillage.dsl.ui.internal.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * Splits a .coop document into comments, strings and the rest, so that colouring and toggling
 * comments never mistake a keyword inside a title for code. Installed on every .coop document
 * by the file buffers (extension {@code org.eclipse.core.filebuffers.documentSetup}).
 */
public final class CoopPartitions implements IDocumentSetupParticipant {

    public static final String PARTITIONING = "org.maillage.dsl.ui.partitioning";
    public static final String COMMENT = "__coop_comment";
    public static final String STRING = "__coop_string";
    public static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

    @Override
    public void setup(IDocument document) {
        RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
        Token comment = new Token(COMMENT);
        Token string = new Token(STRING);
        scanner.setPredicateRules(new IPredicateRule[] { new MultiLineRule("/*", "*/", comment, (char) 0, true),
                new EndOfLineRule("//", comment), new SingleLineRule("\"", "\"", string, '\\') });
        FastPartitioner partitioner = new FastPartitioner(scanner, new String[] { COMMENT, STRING });
        ((IDocumentExtension3) document).setDocumentPartitioner(PARTITIONING, partitioner);
        partitioner.connect(document);
    }
}
