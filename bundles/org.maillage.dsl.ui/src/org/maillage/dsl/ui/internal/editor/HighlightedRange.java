package org.maillage.dsl.ui.internal.editor;

/** A range of text and the style it is shown in, computed from the model (semantic highlighting). */
public record HighlightedRange(int offset, int length, String style) {
}
