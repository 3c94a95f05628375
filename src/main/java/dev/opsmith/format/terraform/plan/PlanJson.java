package dev.opsmith.format.terraform.plan;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Tells a Terraform plan JSON from other JSON by its first bytes, without parsing it: scanning discovers files by
 * content, and a plan can be far too large to read just to decide. Terraform writes {@code format_version} and
 * {@code terraform_version} first, then {@code variables}, {@code planned_values}, {@code resource_changes}. A
 * state file ({@code terraform show -json} without a plan) starts the same way but continues with {@code values},
 * so it is not taken for a plan.
 */
public final class PlanJson {
    /** How many leading bytes {@link #looksLikePlan(byte[], int)} needs to decide. */
    public static final int HEAD_BYTES = 64 * 1024;

    private static final Pattern TERRAFORM_ORDER = Pattern.compile(
            "^\\s*\\{\\s*\"format_version\"\\s*:\\s*\"[^\"]*\"\\s*,\\s*\"terraform_version\"\\s*:\\s*\"[^\"]*\"\\s*,"
                    + "\\s*\"(?:variables|planned_values|resource_drift|resource_changes|output_changes|prior_state"
                    + "|configuration)\"");

    private PlanJson() {
    }

    /**
     * Whether a file name may hold a plan: {@code .json}, but not Terraform's own JSON-syntax configuration
     * ({@code .tf.json}) or variable files ({@code .tfvars.json}). Its content then decides ({@link #looksLikePlan}).
     */
    public static boolean hasPlanFileName(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".json") && !lower.endsWith(".tf.json") && !lower.endsWith(".tfvars.json");
    }

    /**
     * True when {@code head} (the first {@code length} bytes of a file, ideally {@link #HEAD_BYTES}) starts like a
     * plan: written in Terraform's key order, or (after reformatting, with keys sorted) holding
     * {@code format_version}, {@code terraform_version} and {@code planned_values} or {@code resource_changes}.
     */
    public static boolean looksLikePlan(byte[] head, int length) {
        int n = Math.min(length, head.length);
        String text = decode(head, n);
        if (TERRAFORM_ORDER.matcher(text).find()) return true;
        return text.stripLeading().startsWith("{")
                && text.contains("\"format_version\"")
                && text.contains("\"terraform_version\"")
                && (text.contains("\"planned_values\"") || text.contains("\"resource_changes\""));
    }

    private static String decode(byte[] head, int n) {
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new String(head, 2, n - 2, StandardCharsets.UTF_16LE);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new String(head, 2, n - 2, StandardCharsets.UTF_16BE);
        }
        int start = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(head, start, n - start, StandardCharsets.UTF_8);
    }
}
