package org.maillage.dsl.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.maillage.dsl.DiagnosticLanguage;
import org.maillage.dsl.load.FileChecks;

import com.google.inject.Inject;

/**
 * A .coop resource that applies the command line's input checks ({@link FileChecks}: size, binary,
 * UTF-8, nesting) to every text it reads, whoever reads it: the language server's workspace files
 * and open documents, the index, the workbench ({@link #reparse} loads again, so it is checked
 * too). A refused text is not parsed: the resource holds
 * an empty model and one error saying why ({@link RefusedInput}), so that one hostile file
 * costs nothing and leaves the other files served.
 */
public class CoopResource extends LazyLinkingResource {

    @Inject
    private DiagnosticLanguage language;

    /** The text of the last refused load, which {@link #update} edits; null when the text was parsed. */
    private String refusedText;

    @Override
    protected void doLoad(InputStream in, Map<?, ?> options) throws IOException {
        byte[] bytes = in.readNBytes((int) FileChecks.MAX_BYTES + 1);
        try {
            FileChecks.decode(path(), bytes, language.get());
        } catch (FileChecks.Refused refused) {
            refusedText = new String(bytes, StandardCharsets.UTF_8);
            super.doLoad(InputStream.nullInputStream(), options);
            getErrors().add(new RefusedInput(refused.diagnostic(), refusedText, getURI()));
            return;
        }
        refusedText = null;
        super.doLoad(new ByteArrayInputStream(bytes), options);
    }

    /** An edit of a refused text is checked again as a whole; other edits parse only what changed. */
    @Override
    public void update(int offset, int replacedTextLength, String newText) {
        if (refusedText == null) {
            super.update(offset, replacedTextLength, newText);
            return;
        }
        try {
            // a text refused for its size was kept up to the bound: edits beyond it apply at its end
            int start = Math.min(offset, refusedText.length());
            int end = Math.min(offset + replacedTextLength, refusedText.length());
            reparse(new StringBuilder(refusedText).replace(start, end, newText).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the last text read was refused by the input checks (and the model is empty). */
    public boolean isRefused() {
        return refusedText != null;
    }

    private Path path() {
        String name = getURI() == null ? null : getURI().isFile() ? getURI().toFileString() : getURI().lastSegment();
        try {
            return Path.of(name == null ? "input.coop" : name);
        } catch (InvalidPathException e) {
            return Path.of("input.coop");
        }
    }
}
