package org.maillage.diagram.internal.edit;

import java.util.List;

import org.maillage.diagram.TextEdit;

/** A new element: the edits that declare it and its diagram id. */
public record Created(List<TextEdit> edits, String id) {
}
