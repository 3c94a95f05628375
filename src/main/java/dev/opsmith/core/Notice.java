package dev.opsmith.core;

/** Something the scan could not do for a path that is not a finding (a symlink loop, an excluded link target). */
public record Notice(String file, String message) {
}
