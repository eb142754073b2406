package org.maillage.model.exchange;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.maillage.model.services.Numbers;

/**
 * An XMI resource whose numeric attributes are refused, before EMF parses them, when longer than
 * {@link Numbers#MAX_DIGITS} digits (EMF's {@code new BigDecimal(String)} is quadratic in the length).
 */
final class BoundedNumbersXmiResource extends XMIResourceImpl {

    BoundedNumbersXmiResource(URI uri) {
        super(uri);
    }

    @Override
    protected XMLHelper createXMLHelper() {
        return new XMIHelperImpl(this) {
            @Override
            protected Object createFromString(EFactory factory, EDataType type, String value) {
                Class<?> instanceClass = type.getInstanceClass();
                if (value != null && (instanceClass == BigDecimal.class || instanceClass == BigInteger.class
                        || instanceClass == int.class || instanceClass == Integer.class
                        || instanceClass == long.class || instanceClass == Long.class)) {
                    Numbers.parse(value.trim());
                }
                return super.createFromString(factory, type, value);
            }
        };
    }

    /** The import error for a number too long, with its line and column, if that is what {@code e} is. */
    static Optional<ExchangeException> tooLong(Throwable e) {
        XMIException located = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof XMIException x && located == null) {
                located = x;
            }
            if (t instanceof Numbers.TooLong tooLong) {
                int line = located == null ? 0 : located.getLine();
                int column = located == null ? 0 : located.getColumn();
                return Optional.of(new ExchangeException(
                        Messages.get("xmi.tooLong", String.valueOf(line), String.valueOf(column), tooLong.length(), Numbers.MAX_DIGITS), e));
            }
        }
        return Optional.empty();
    }
}
