package dev.opsmith.format.terraform.module;

import dev.opsmith.core.SourceFile;

/** A node of the HCL tree with the file it was written in (an override file may supply part of a block). */
public record Located<T>(T node, SourceFile file) {
}
