package kdring.hv.libvirt;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * What kdring needs from a libvirt domain's live XML ({@code virsh dumpxml}): the parts the configuration
 * snippet ({@code kdring probe --print-config}) adds, read back.
 *
 * <pre>
 * &lt;domain type='kvm' id='3' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'&gt;   id: only while it runs
 *   &lt;name&gt;win10&lt;/name&gt;
 *   &lt;memory unit='KiB'&gt;4194304&lt;/memory&gt;                                        guest RAM
 *   &lt;memoryBacking&gt;&lt;source type='file'/&gt;&lt;access mode='shared'/&gt;&lt;/memoryBacking&gt;   RAM kdring can map
 *   &lt;devices&gt;
 *     &lt;serial type='unix'&gt;&lt;source mode='bind' path='/run/kdring/win10.serial'/&gt;       COM1 (target port 0)
 *       &lt;target port='0'/&gt;&lt;/serial&gt;
 *   &lt;/devices&gt;
 *   &lt;qemu:commandline&gt;                                                          the handshake port:
 *     &lt;qemu:arg value='-chardev'/&gt;&lt;qemu:arg value='socket,id=kdport,path=/run/kdring/win10.port,server=on,wait=off'/&gt;
 *     &lt;qemu:arg value='-device'/&gt;&lt;qemu:arg value='isa-debugcon,iobase=0x10,chardev=kdport,readback=0x6b'/&gt;
 *   &lt;/qemu:commandline&gt;
 * &lt;/domain&gt;
 * </pre>
 *
 * The XML comes from libvirt, but a domain's definition is its owner's text: the parser refuses DTDs and
 * external entities, and everything it cannot find is an absent value, never an exception. Stateless.
 */
public final class DomainXml {

    /** The namespace of {@code <qemu:commandline>}. */
    public static final String QEMU_NAMESPACE = "http://libvirt.org/schemas/domain/qemu/1.0";

    /**
     * A domain as kdring sees it.
     *
     * @param name         the domain's name
     * @param type         its libvirt type: {@code kvm}, or {@code qemu} for TCG
     * @param id           its id while it runs, -1 when it is shut off
     * @param memoryBytes  its RAM ({@code <memory>})
     * @param sharedFileMemory whether its RAM is a shared file ({@code <source type='file'/>} with
     *                     {@code <access mode='shared'/>}), which kdring can map
     * @param serialSocket the unix socket of its first serial port, if it has one of type {@code unix}
     * @param serialType   the type of its first serial port ({@code pty}, {@code unix}, ...), empty without one
     * @param portSocket   the unix socket of its {@code isa-debugcon} handshake device, if it has one
     * @param portIobase   that device's I/O port, -1 without one
     */
    public record Domain(String name, String type, int id, long memoryBytes, boolean sharedFileMemory, Optional<Path> serialSocket,
            String serialType, Optional<Path> portSocket, int portIobase) {

        /** @return whether the domain runs (live XML carries an id) */
        public boolean running() {
            return id >= 0;
        }
    }

    private DomainXml() {
    }

    /**
     * Reads a domain's XML.
     *
     * @throws IOException when it is not well-formed XML or not a {@code <domain>}
     */
    public static Domain parse(String xml) throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            document = builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the domain XML is not readable: " + e.getMessage(), e);
        }
        Element root = document.getDocumentElement();
        if (!"domain".equals(root.getLocalName())) {
            throw new IOException("expected a <domain> element, found <" + root.getNodeName() + ">");
        }
        String name = text(child(root, "name"));
        int id = parseInt(root.getAttribute("id"), -1);
        long memory = memoryBytes(child(root, "memory"));
        Element backing = child(root, "memoryBacking");
        boolean shared = backing != null && "file".equals(attribute(child(backing, "source"), "type"))
                && "shared".equals(attribute(child(backing, "access"), "mode"));
        Element serial = firstSerial(root);
        String serialType = serial == null ? "" : serial.getAttribute("type");
        Optional<Path> serialSocket = Optional.empty();
        if ("unix".equals(serialType)) {
            String path = attribute(child(serial, "source"), "path");
            serialSocket = path.isEmpty() ? Optional.empty() : Optional.of(Path.of(path));
        }
        Optional<Path> portSocket = Optional.empty();
        int iobase = -1;
        Map<String, String> chardevs = new LinkedHashMap<>();
        List<String> args = qemuArguments(root);
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals("-chardev")) {
                Map<String, String> options = options(args.get(i + 1));
                if (options.containsKey("socket") && options.containsKey("id") && options.containsKey("path")) {
                    chardevs.put(options.get("id"), options.get("path"));
                }
            }
        }
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals("-device")) {
                Map<String, String> options = options(args.get(i + 1));
                String socket = chardevs.get(options.get("chardev"));
                int port = parseInt(options.getOrDefault("iobase", ""), -1);
                // the guest log at 0xE9 is a debugcon too; the handshake device is the one with a readback byte
                if (options.containsKey("isa-debugcon") && socket != null && options.containsKey("readback")) {
                    portSocket = Optional.of(Path.of(socket));
                    iobase = port;
                    break;
                }
            }
        }
        return new Domain(name, root.getAttribute("type"), id, memory, shared, serialSocket, serialType, portSocket, iobase);
    }

    /** @return the serial port on target port 0, else the first serial port, else null */
    private static Element firstSerial(Element root) {
        Element devices = child(root, "devices");
        if (devices == null) {
            return null;
        }
        Element first = null;
        for (Element serial : children(devices, "serial")) {
            if (first == null) {
                first = serial;
            }
            if ("0".equals(attribute(child(serial, "target"), "port"))) {
                return serial;
            }
        }
        return first;
    }

    private static List<String> qemuArguments(Element root) {
        List<String> args = new ArrayList<>();
        NodeList lines = root.getElementsByTagNameNS(QEMU_NAMESPACE, "commandline");
        for (int i = 0; i < lines.getLength(); i++) {
            NodeList argNodes = ((Element) lines.item(i)).getElementsByTagNameNS(QEMU_NAMESPACE, "arg");
            for (int j = 0; j < argNodes.getLength(); j++) {
                args.add(((Element) argNodes.item(j)).getAttribute("value"));
            }
        }
        return args;
    }

    /**
     * Splits a QEMU option string ({@code socket,id=kdport,path=/run/x,server=on}) into keys and values; a bare
     * word (the driver) maps to "". QEMU's ",," escape stands for a comma inside a value.
     */
    static Map<String, String> options(String text) {
        Map<String, String> options = new LinkedHashMap<>();
        StringBuilder part = new StringBuilder();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' && i + 1 < text.length() && text.charAt(i + 1) == ',') {
                part.append(',');
                i++;
            } else if (c == ',') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        for (String p : parts) {
            int equals = p.indexOf('=');
            if (equals < 0) {
                options.putIfAbsent(p, "");
            } else {
                options.putIfAbsent(p.substring(0, equals), p.substring(equals + 1));
            }
        }
        return options;
    }

    private static long memoryBytes(Element memory) {
        if (memory == null) {
            return 0;
        }
        long value;
        try {
            value = Long.parseLong(text(memory));
        } catch (NumberFormatException e) {
            return 0;
        }
        String unit = memory.getAttribute("unit");
        long scale = switch (unit.isEmpty() ? "KiB" : unit) {
            case "b", "bytes" -> 1;
            case "KiB", "k", "K" -> 1L << 10;
            case "MiB", "M" -> 1L << 20;
            case "GiB", "G" -> 1L << 30;
            case "TiB", "T" -> 1L << 40;
            case "KB" -> 1000;
            case "MB" -> 1000_000;
            case "GB" -> 1000_000_000;
            default -> 0;
        };
        return value > Long.MAX_VALUE / Math.max(1, scale) ? 0 : value * scale;
    }

    private static int parseInt(String value, int otherwise) {
        try {
            return value.startsWith("0x") || value.startsWith("0X") ? Integer.parseInt(value.substring(2), 16)
                    : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())
                    && element.getNamespaceURI() == null) {
                found.add(element);
            }
        }
        return found;
    }

    private static String attribute(Element element, String name) {
        return element == null ? "" : element.getAttribute(name);
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent().strip();
    }
}
