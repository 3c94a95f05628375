package dev.opsmith.format.terraform.plan;

/** Texts shared by the plan reader's errors, so every error says what to do in the same words. */
final class PlanMessages {
    static final String REGENERATE =
            "; write the plan JSON again with `terraform show -json plan.out > plan.json`";

    static final String TRUNCATED = "the plan JSON ends too early (the file is probably cut short)" + REGENERATE;

    private PlanMessages() {
    }
}
