/**
 * Our own reader of HCL2 as Terraform and OpenTofu write it, following the HCL native syntax specification and
 * Terraform's behaviour where the specification is silent (checked against {@code terraform fmt} and
 * {@code terraform console} by the tests).
 *
 * <p>{@link dev.opsmith.format.terraform.hcl.HclParser} reads the native syntax ({@code .tf}, {@code .tofu},
 * {@code .tfvars}) with a hand-written lexer and recursive-descent parser;
 * {@link dev.opsmith.format.terraform.hcl.HclJsonParser} maps the JSON syntax onto the same tree, told by a
 * {@link dev.opsmith.format.terraform.hcl.JsonBlockSchema} which properties are blocks;
 * {@link dev.opsmith.format.terraform.hcl.TerraformFiles} picks between them by file name. The result is an
 * immutable {@link dev.opsmith.format.terraform.hcl.ConfigFile}: bodies of attributes and blocks, a sealed
 * {@link dev.opsmith.format.terraform.hcl.Expression} hierarchy, and the comments (where suppressions live). Every
 * node has its exact span. A syntax error is one
 * {@link dev.opsmith.format.terraform.hcl.HclParseException} naming what was expected and what was found; no input
 * makes the parsers throw anything else.
 *
 * <p>Nothing here evaluates: {@link dev.opsmith.format.terraform.hcl.Traversal} and
 * {@link dev.opsmith.format.terraform.hcl.Expressions} read references and walk expressions statically.
 * Merging {@code *_override.tf} files is left to the module model, because a merged body mixes files and a
 * {@link dev.opsmith.core.Span} does not name its file.
 */
package dev.opsmith.format.terraform.hcl;
