package dev.opsmith.release.bump;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A build file's text as read, with the charset it was decoded with and line lookup for messages. Decoding is strict:
 * a file that is not valid in its charset is refused rather than silently altered on the way back out.
 */
record BuildFile(Path path, String text, Charset charset) {

    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\uFEFF?<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    static BuildFile read(Path path) throws BumpException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new BumpException(path + ":1: cannot read (" + e.getMessage() + "); check the file exists and is readable", e);
        }
        Charset charset = charsetOf(path, bytes);
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new BuildFile(path, text, charset);
        } catch (CharacterCodingException e) {
            throw new BumpException(path + ":1: not valid " + charset.name() + "; save the file in " + charset.name()
                    + " (or declare its encoding) and retry", e);
        }
    }

    /**
     * The charset a file's text is in: what an XML declaration names, else UTF-8 (what every other supported format
     * requires or assumes).
     */
    static Charset charsetOf(Path path, byte[] bytes) throws BumpException {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(3);
        }
        Matcher m = XML_ENCODING.matcher(head);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new BumpException(path + ":1: unknown encoding '" + m.group(1) + "' in the XML declaration; declare UTF-8", e);
        }
    }

    /** The 1-based line of a character offset. */
    int lineOf(int offset) {
        return lineOf(text, offset);
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** {@code path:line} for messages. */
    String at(int offset) {
        return path + ":" + lineOf(offset);
    }
}
