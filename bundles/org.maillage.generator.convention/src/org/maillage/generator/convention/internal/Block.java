package org.maillage.generator.convention.internal;

/** One paragraph of an article: plain text, a list item, or a heading inside the article. */
record Block(String text, boolean bullet, boolean heading) {

    static Block text(String text) {
        return new Block(text, false, false);
    }

    static Block bullet(String text) {
        return new Block(text, true, false);
    }

    static Block heading(String text) {
        return new Block(text, false, true);
    }
}
