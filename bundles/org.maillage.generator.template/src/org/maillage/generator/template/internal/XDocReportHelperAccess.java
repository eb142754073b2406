package org.maillage.generator.template.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.function.Predicate;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;

/**
 * Which Java members a template may reach: only the methods that XDocReport's own preprocessing
 * writes into a document's template (styles, list numbering, notes and hyperlinks of DOCX) on
 * XDocReport's document helpers. No constructor, no field, nothing of any other class: the
 * template engine, the context and every JDK class stay out of reach, whatever the template does.
 */
final class XDocReportHelperAccess implements MemberAccessPolicy {

    /** The package of XDocReport's document helpers (generators, registries and their items). */
    private static final String HELPERS = "fr.opensagres.xdocreport.document.";

    /** The methods XDocReport's preprocessors call from the templates they generate. */
    private static final Set<String> CALLED_BY_PREPROCESSING = Set.of("generateAllStyles", "generateAbstractNumBullet",
            "generateAbstractNumDecimal", "getNumbers", "getNumId", "getAbstractNumId", "isOrdered", "getOrdered",
            "registerNote", "getNotes", "getId", "getContent", "registerHyperlink", "getHyperlinks", "getTarget",
            "getTargetMode");

    /** Exposes the methods {@code exposed} accepts; no constructor, no field. */
    private record MethodsOnly(Predicate<Method> exposed) implements ClassMemberAccessPolicy {

        @Override
        public boolean isMethodExposed(Method method) {
            return exposed.test(method);
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    }

    private static final ClassMemberAccessPolicy NOTHING = new MethodsOnly(method -> false);

    private static final ClassMemberAccessPolicy HELPER_METHODS = new MethodsOnly(
            method -> !Modifier.isStatic(method.getModifiers()) && CALLED_BY_PREPROCESSING.contains(method.getName()));

    /** Whether objects of {@code type} are XDocReport document helpers. */
    static boolean isHelper(Class<?> type) {
        return type.getName().startsWith(HELPERS);
    }

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> type) {
        return isHelper(type) ? HELPER_METHODS : NOTHING;
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return false;
    }
}
