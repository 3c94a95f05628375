package dev.opsmith.format.dockerfile;

/** A lexed word: [start, end) in a {@link MappedText} and its processed value. */
record Tok(int start, int end, String value) {
}
