package dev.opsmith.release;

import java.time.Instant;

/**
 * One commit of the range being released, with its message already parsed.
 *
 * @param sha     the full commit id in lower-case hex
 * @param author  the author's name, for the contributors list
 * @param email   the author's e-mail address
 * @param time    the author time
 * @param message the parsed message
 */
public record Commit(String sha, String author, String email, Instant time, CommitMessage message) {

    /** The seven-character abbreviation used in changelogs and messages. */
    public String shortSha() {
        return sha.substring(0, Math.min(7, sha.length()));
    }
}
