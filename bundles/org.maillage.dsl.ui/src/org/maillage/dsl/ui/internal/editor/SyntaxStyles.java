package org.maillage.dsl.ui.internal.editor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;

/**
 * The styles of the .coop editor and their colours, kept in the bundle's preferences (page
 * Maillage > Couleurs du texte): lexical (keyword, string, comment, number) and from the model
 * (declared names, references by kind, role letters coloured as in the RACI outputs).
 */
public final class SyntaxStyles {

    /** Style id → default colour; bold styles end their id with nothing special, see {@link #bold}. */
    public static final Map<String, RGB> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("keyword", new RGB(127, 0, 85));
        DEFAULTS.put("string", new RGB(42, 0, 255));
        DEFAULTS.put("comment", new RGB(63, 127, 95));
        DEFAULTS.put("number", new RGB(125, 125, 125));
        DEFAULTS.put("declaration", new RGB(0, 0, 0));
        DEFAULTS.put("actor", new RGB(13, 71, 161));
        DEFAULTS.put("territory", new RGB(46, 125, 50));
        DEFAULTS.put("function", new RGB(239, 108, 0));
        DEFAULTS.put("action", new RGB(0, 137, 123));
        DEFAULTS.put("objective", new RGB(106, 27, 154));
        for (Role role : Raci.CELL_ORDER) {
            int value = Integer.parseInt(Raci.COLOURS.get(role), 16);
            DEFAULTS.put("role-" + role.getLiteral(), new RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF));
        }
    }

    private final IPreferenceStore store;
    private final ColorRegistry colours = new ColorRegistry();

    public SyntaxStyles(IPreferenceStore store) {
        this.store = store;
    }

    /** The preference key of a style's colour. */
    public static String key(String style) {
        return "syntax." + style + ".color";
    }

    /** Sets the default colours into a preference store. */
    public static void initializeDefaults(IPreferenceStore store) {
        DEFAULTS.forEach((style, rgb) -> PreferenceConverter.setDefault(store, key(style), rgb));
    }

    /** Keywords, declared names and role letters are bold. */
    static boolean bold(String style) {
        return style.equals("keyword") || style.equals("declaration") || style.startsWith("role-");
    }

    public TextAttribute attribute(String style) {
        RGB rgb = PreferenceConverter.getColor(store, key(style));
        if (!colours.hasValueFor(style) || !colours.getRGB(style).equals(rgb)) {
            colours.put(style, rgb);
        }
        return new TextAttribute(colours.get(style), null,
                (bold(style) ? SWT.BOLD : SWT.NORMAL) | (style.equals("comment") ? SWT.ITALIC : SWT.NORMAL));
    }
}
