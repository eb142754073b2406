package org.maillage.model.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.CoopPackage;

/**
 * XMI: one resource whose roots are the model's files. DOCTYPEs (and so external entities) are
 * refused, and so is every cross-document reference (an {@code href} to a URL, a local file, a
 * pipe...): the resource set opens no URI at all.
 */
public final class XmiExchange implements Exchange {

    private static final URI URI_OF_FILE = URI.createURI("maillage:/model.xmi");

    @Override
    public void write(Collection<CoopFile> files, OutputStream out) throws IOException {
        XMIResourceImpl resource = new XMIResourceImpl(URI_OF_FILE);
        resource.getContents().addAll(Exchange.copies(files));
        Map<String, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        resource.save(out, options);
    }

    @Override
    public List<CoopFile> read(InputStream in) throws ExchangeException {
        ResourceSetImpl set = new ResourceSetImpl();
        set.getPackageRegistry().put(CoopPackage.eNS_URI, CoopPackage.eINSTANCE);
        // An href to another document stays an unresolved proxy: nothing outside the file is opened.
        set.setURIConverter(new ExtensibleURIConverterImpl(List.of(new RefusingURIHandler()), List.of()));
        XMIResourceImpl resource = new BoundedNumbersXmiResource(URI_OF_FILE);
        set.getResources().add(resource);
        try {
            resource.load(new BoundedInputStream(in, MAX_BYTES), loadOptions());
        } catch (IOException | RuntimeException e) {
            throw BoundedNumbersXmiResource.tooLong(e).orElseGet(
                    () -> new ExchangeException(Messages.get("xmi.invalid", rootMessage(e)), e));
        }
        List<CoopFile> files = new ArrayList<>();
        for (EObject root : resource.getContents()) {
            if (!(root instanceof CoopFile file)) {
                throw new ExchangeException(Messages.get("xmi.notCoop", root.eClass().getName()));
            }
            files.add(file);
        }
        Map<EObject, Collection<EStructuralFeature.Setting>> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer.find(resource);
        if (!unresolved.isEmpty()) {
            EObject proxy = unresolved.keySet().iterator().next();
            throw new ExchangeException(Messages.get("xmi.unresolved", EcoreUtil.getURI(proxy)));
        }
        return files;
    }

    private static Map<String, Object> loadOptions() {
        Map<String, Object> options = new HashMap<>();
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return options;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
