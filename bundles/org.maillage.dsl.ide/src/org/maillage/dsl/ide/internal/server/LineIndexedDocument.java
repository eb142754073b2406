package org.maillage.dsl.ide.internal.server;

import java.util.Arrays;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * Xtext's document of the language server with the offsets of its lines kept in a table: a position
 * and an offset are converted by a binary search instead of a walk from the start of the text, so that
 * a request converting a position per element (folding ranges, formatting edits, symbols) stays linear
 * in the size of the file instead of quadratic. Same answers as {@link Document}, same exceptions.
 */
public class LineIndexedDocument extends Document {

    /** The offset where each line starts; built on first use, once per version of the text. */
    private volatile int[] lineStarts;

    public LineIndexedDocument(Integer version, String contents) {
        super(version, contents);
    }

    /** The same document, indexed ({@code document} itself when it already is). */
    public static LineIndexedDocument of(Document document) {
        return document instanceof LineIndexedDocument indexed ? indexed
                : new LineIndexedDocument(document.getVersion(), document.getContents());
    }

    private int[] lineStarts() {
        int[] starts = lineStarts;
        if (starts == null) {
            String text = getContents();
            starts = new int[16];
            int lines = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            }
            starts = Arrays.copyOf(starts, lines);
            lineStarts = starts;
        }
        return starts;
    }

    @Override
    public Position getPosition(int offset) throws IndexOutOfBoundsException {
        if (offset < 0 || offset > getContents().length()) {
            throw new IndexOutOfBoundsException(offset + getSourceOnError());
        }
        int[] starts = lineStarts();
        int line = Arrays.binarySearch(starts, offset);
        if (line < 0) {
            line = -line - 2;
        }
        return new Position(line, offset - starts[line]);
    }

    @Override
    public int getOffSet(Position position) throws IndexOutOfBoundsException {
        int offset = offsetOrMinusOne(position);
        if (offset < 0) {
            throw new IndexOutOfBoundsException(position + getSourceOnError());
        }
        return offset;
    }

    /** The offset of the position, or -1 when it is outside the text (past its line's end included). */
    private int offsetOrMinusOne(Position position) {
        int[] starts = lineStarts();
        int line = position.getLine();
        int character = position.getCharacter();
        if (line < 0 || line >= starts.length || character < 0) {
            return -1;
        }
        int lineEnd = line + 1 < starts.length ? starts[line + 1] - 1 : getContents().length();
        int offset = starts[line] + character;
        return offset <= lineEnd ? offset : -1;
    }

    @Override
    public ITextRegion getTextRegion(Range range) {
        int start = getOffSet(range.getStart());
        int end = offsetOrMinusOne(range.getEnd());
        if (end < start) {
            throw new IndexOutOfBoundsException(range.getEnd() + getSourceOnError());
        }
        return new TextRegion(start, end - start);
    }

    @Override
    public String getSubstring(Range range) {
        ITextRegion region = getTextRegion(range);
        return getContents().substring(region.getOffset(), region.getOffset() + region.getLength());
    }

    @Override
    public String getLineContent(int lineNumber) throws IndexOutOfBoundsException {
        int[] starts = lineStarts();
        if (lineNumber < 0 || lineNumber >= starts.length) {
            throw new IndexOutOfBoundsException(lineNumber + getSourceOnError());
        }
        int end = lineNumber + 1 < starts.length ? starts[lineNumber + 1] - 1 : getContents().length();
        return getContents().substring(starts[lineNumber], end).replace("\r", "");
    }

    @Override
    public int getLineCount() {
        return lineStarts().length;
    }

    /** As {@link Document#applyTextDocumentChanges}: each change's range refers to the text left by the previous one. */
    @Override
    public Document applyTextDocumentChanges(Iterable<? extends TextDocumentContentChangeEvent> changes) {
        Integer version = getVersion() == null ? null : getVersion() + 1;
        LineIndexedDocument current = this;
        for (TextDocumentContentChangeEvent change : changes) {
            String text;
            if (change.getRange() == null) {
                text = change.getText();
            } else {
                ITextRegion region = current.getTextRegion(change.getRange());
                String old = current.getContents();
                text = old.substring(0, region.getOffset()) + change.getText()
                        + old.substring(region.getOffset() + region.getLength());
            }
            current = new LineIndexedDocument(version, text);
        }
        return current;
    }

    @Override
    public Document applyChanges(Iterable<? extends TextEdit> changes) {
        return of(super.applyChanges(changes));
    }
}
