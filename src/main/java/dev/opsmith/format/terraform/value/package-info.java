/**
 * The values Terraform rules judge, shared by the plan reader and the HCL evaluator: {@link
 * dev.opsmith.format.terraform.value.Value} is known, unknown (with reasons), an error, or absent, may be marked
 * sensitive, and is navigated without nulls. A rule that meets an unknown value reports that it could not decide
 * and why, never a guess.
 */
package dev.opsmith.format.terraform.value;
