/**
 * Evaluation of Terraform configurations without running Terraform: {@link
 * dev.opsmith.format.terraform.eval.ExpressionEvaluator} computes HCL expressions against a {@link
 * dev.opsmith.format.terraform.eval.Scope}, {@link dev.opsmith.format.terraform.eval.ModuleEvaluator} evaluates one
 * module (inputs, locals, {@code count}/{@code for_each} instances, {@code dynamic} blocks, references between
 * resources) into an {@link dev.opsmith.format.terraform.eval.EvaluatedModule}, and {@link
 * dev.opsmith.format.terraform.eval.Tfvars} reads variable definition files in Terraform's order. What cannot be
 * known before apply, or without an input, is an unknown value naming why; nothing is guessed.
 */
package dev.opsmith.format.terraform.eval;
