package dev.opsmith.release.bump;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small XML tokenizer that builds an {@link XmlElement} tree with character offsets. It knows comments, CDATA,
 * processing instructions, a DOCTYPE with an internal subset, and quoted attribute values (which may contain
 * {@code >}), so a version in a comment is never mistaken for the project's. It checks well-formedness only as far as
 * safe splicing needs: tags balance and the document has one root.
 */
final class XmlScanner {
    private final BuildFile file;
    private final String s;
    private int pos;

    private XmlScanner(BuildFile file) {
        this.file = file;
        this.s = file.text();
    }

    /** The root element of a well-formed document. */
    static XmlElement parse(BuildFile file) throws BumpException {
        return new XmlScanner(file).document();
    }

    private XmlElement document() throws BumpException {
        Deque<XmlElement> open = new ArrayDeque<>();
        XmlElement root = null;
        while (pos < s.length()) {
            int lt = s.indexOf('<', pos);
            if (lt < 0) {
                checkText(open, pos, s.length());
                break;
            }
            checkText(open, pos, lt);
            pos = lt;
            if (s.startsWith("<!--", pos)) {
                pos = skipPast("-->", "comment");
                markComplex(open);
            } else if (s.startsWith("<![CDATA[", pos)) {
                if (open.isEmpty()) {
                    throw error(lt, "CDATA outside the root element");
                }
                pos = skipPast("]]>", "CDATA section");
                markComplex(open);
            } else if (s.startsWith("<?", pos)) {
                pos = skipPast("?>", "processing instruction");
                markComplex(open);
            } else if (s.startsWith("<!DOCTYPE", pos)) {
                skipDoctype();
            } else if (s.startsWith("</", pos)) {
                int gt = s.indexOf('>', pos);
                if (gt < 0) {
                    throw error(lt, "unterminated end tag");
                }
                String name = s.substring(pos + 2, gt).strip();
                if (open.isEmpty() || !open.peek().rawName().equals(name)) {
                    throw error(lt, open.isEmpty() ? "end tag </" + name + "> without a start tag"
                            : "end tag </" + name + "> does not close <" + open.peek().rawName() + ">");
                }
                open.pop().close(lt);
                pos = gt + 1;
            } else {
                root = startTag(open, root, lt);
            }
        }
        if (!open.isEmpty()) {
            throw error(open.peek().start(), "element <" + open.peek().rawName() + "> is never closed");
        }
        if (root == null) {
            throw error(0, "no root element");
        }
        return root;
    }

    private XmlElement startTag(Deque<XmlElement> open, XmlElement root, int lt) throws BumpException {
        int i = lt + 1;
        int nameStart = i;
        while (i < s.length() && isNameChar(s.charAt(i))) {
            i++;
        }
        if (i == nameStart) {
            throw error(lt, "'<' that starts no tag (write &lt; for a literal '<')");
        }
        String name = s.substring(nameStart, i);
        char quote = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
        }
        if (i >= s.length()) {
            throw error(lt, "start tag <" + name + " is never closed with '>'");
        }
        boolean empty = s.charAt(i - 1) == '/';
        XmlElement element = new XmlElement(name, lt, i + 1);
        if (open.isEmpty()) {
            if (root != null) {
                throw error(lt, "a second root element <" + name + ">");
            }
            root = element;
        } else {
            open.peek().add(element);
        }
        if (empty) {
            element.closeEmpty();
        } else {
            open.push(element);
        }
        pos = i + 1;
        return root;
    }

    private void checkText(Deque<XmlElement> open, int from, int to) throws BumpException {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '&' && !open.isEmpty()) {
                open.peek().markComplex();
            } else if (open.isEmpty() && !Character.isWhitespace(c) && c != '\uFEFF') {
                throw error(i, "text outside the root element");
            }
        }
    }

    private static void markComplex(Deque<XmlElement> open) {
        if (!open.isEmpty()) {
            open.peek().markComplex();
        }
    }

    private int skipPast(String terminator, String what) throws BumpException {
        int end = s.indexOf(terminator, pos + 2);
        if (end < 0) {
            throw error(pos, what + " is never closed with '" + terminator + "'");
        }
        return end + terminator.length();
    }

    private void skipDoctype() throws BumpException {
        int start = pos;
        int depth = 0;
        for (int i = pos; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth == 0) {
                pos = i + 1;
                return;
            }
        }
        throw error(start, "DOCTYPE is never closed");
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '-' || c == '.';
    }

    private BumpException error(int offset, String what) {
        return new BumpException(file.at(offset) + ": malformed XML: " + what + "; fix the file so it is well-formed XML");
    }
}
