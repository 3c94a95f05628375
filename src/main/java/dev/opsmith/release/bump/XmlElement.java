package dev.opsmith.release.bump;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An element of an XML document with the character offsets of its content, so a value can be replaced in place.
 * Only what version edits need: names, nesting, and the raw content range; attributes are skipped.
 */
final class XmlElement {
    private final String name;
    private final int start;
    private final int contentStart;
    private int contentEnd;
    private boolean simple = true;
    private boolean selfClosing;
    private final List<XmlElement> children = new ArrayList<>();

    XmlElement(String name, int start, int contentStart) {
        this.name = name;
        this.start = start;
        this.contentStart = contentStart;
        this.contentEnd = contentStart;
    }

    /** The element name without a namespace prefix. */
    String name() {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /** The name as written, with any prefix, which an end tag must repeat. */
    String rawName() {
        return name;
    }

    int start() {
        return start;
    }

    void close(int contentEnd) {
        this.contentEnd = contentEnd;
    }

    /** Marks an empty-element tag ({@code <sha1/>}): its value is empty, and there is no content range to splice into. */
    void closeEmpty() {
        this.selfClosing = true;
    }

    boolean selfClosing() {
        return selfClosing;
    }

    /** Marks content other than plain text (a child, comment, CDATA or entity), which version edits refuse. */
    void markComplex() {
        simple = false;
    }

    void add(XmlElement child) {
        children.add(child);
        simple = false;
    }

    List<XmlElement> children() {
        return children;
    }

    Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.name().equals(childName)).findFirst();
    }

    List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name().equals(childName)).toList();
    }

    /** The elements reached by a path of child names, e.g. {@code ("dependencyManagement", "dependencies", "dependency")}. */
    List<XmlElement> path(String... names) {
        List<XmlElement> level = List.of(this);
        for (String n : names) {
            List<XmlElement> next = new ArrayList<>();
            for (XmlElement e : level) {
                next.addAll(e.children(n));
            }
            level = next;
        }
        return level;
    }

    /** Whether the content is plain text only, so its trimmed text can be replaced as a value. */
    boolean simple() {
        return simple;
    }

    /** The trimmed text of a simple element, or empty for an element with markup inside. */
    Optional<TextRange> value(String documentText) {
        if (!simple) {
            return Optional.empty();
        }
        int s = contentStart;
        int e = contentEnd;
        while (s < e && Character.isWhitespace(documentText.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(documentText.charAt(e - 1))) {
            e--;
        }
        return Optional.of(new TextRange(s, e, documentText.substring(s, e)));
    }

    /** Text of a child element, when it is a simple element. */
    Optional<String> childText(String childName, String documentText) {
        return child(childName).flatMap(c -> c.value(documentText)).map(TextRange::text);
    }

    /** A range of a file's text and the text in it. */
    record TextRange(int start, int end, String text) {}
}
