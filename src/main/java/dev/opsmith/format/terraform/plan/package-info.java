/**
 * Terraform plan JSON ({@code terraform show -json plan.out}): {@link dev.opsmith.format.terraform.plan.PlanJson}
 * recognises it from its first bytes, {@link dev.opsmith.format.terraform.plan.PlanReader} streams it into a
 * {@link dev.opsmith.format.terraform.plan.Plan} whose planned values are
 * {@link dev.opsmith.format.terraform.value.Value}s: unknown where Terraform knows them only after apply, marked
 * sensitive where Terraform says so.
 */
package dev.opsmith.format.terraform.plan;
