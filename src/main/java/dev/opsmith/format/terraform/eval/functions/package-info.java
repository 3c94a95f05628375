/**
 * Terraform's built-in functions over {@link dev.opsmith.format.terraform.value.Value}s, for the HCL evaluator:
 * {@link dev.opsmith.format.terraform.eval.functions.Functions#call} never throws (a wrong call is an error value
 * worded like Terraform's), carries unknown reasons and sensitive marks through, and reads files only inside the
 * repository ({@link dev.opsmith.format.terraform.eval.functions.FunctionContext}). Results are checked against
 * {@code terraform console} by a differential test, because configurations are judged on exactly these strings
 * (CIDR layouts, JSON policies, tags).
 */
package dev.opsmith.format.terraform.eval.functions;
