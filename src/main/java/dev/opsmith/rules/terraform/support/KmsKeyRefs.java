package dev.opsmith.rules.terraform.support;

import dev.opsmith.format.terraform.value.Value;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of KMS key an attribute names ({@code kms_key_id}, {@code kms_key_arn}, {@code kms_master_key_id},
 * {@code key_arn}, …). Rules that want a customer-managed key, as opposed to the service's AWS-managed
 * {@code alias/aws/<service>} key or no key at all, ask here so that they agree on every form:
 * <ul>
 *   <li>absent, null or an empty string: {@link Kind#ABSENT};</li>
 *   <li>{@code alias/aws/s3}, or an alias ARN ending in {@code :alias/aws/s3}: {@link Kind#AWS_MANAGED};</li>
 *   <li>any other alias, a key id (UUID or {@code mrk-…}) or a key ARN: {@link Kind#CUSTOMER_MANAGED};</li>
 *   <li>a reference to an {@code aws_kms_key}, {@code aws_kms_replica_key}, {@code aws_kms_external_key} or
 *       {@code aws_kms_alias} of the configuration (known only after apply): {@link Kind#CUSTOMER_MANAGED};</li>
 *   <li>anything else unknown (a variable without value, a data source): {@link Kind#UNKNOWN}.</li>
 * </ul>
 */
public final class KmsKeyRefs {

    public enum Kind { ABSENT, AWS_MANAGED, CUSTOMER_MANAGED, UNKNOWN }

    private static final java.util.Set<String> KEY_TYPES = java.util.Set.of("aws_kms_key", "aws_kms_replica_key",
            "aws_kms_external_key", "aws_kms_alias", "aws_kms_replica_external_key");
    private static final Pattern AWS_MANAGED_ALIAS = Pattern.compile("(^|:)alias/aws/[A-Za-z0-9/_-]+$");

    private KmsKeyRefs() {
    }

    /** Whether an unknown value's reason is an attribute of a KMS key or alias resource, known after apply. */
    private static boolean namesKeyResource(String reason) {
        return References.afterApplyAddress(reason)
                .map(address -> KEY_TYPES.contains(address.substring(0, Math.max(0, address.indexOf('.')))))
                .orElse(false);
    }

    public static Kind kind(Value value) {
        if (value.isAbsent() || value.isNull()) return Kind.ABSENT;
        if (!value.isKnown()) {
            List<String> reasons = value.unknownReasons();
            if (!reasons.isEmpty() && reasons.stream().allMatch(KmsKeyRefs::namesKeyResource)) {
                return Kind.CUSTOMER_MANAGED;
            }
            return Kind.UNKNOWN;
        }
        String text = value.string().orElse(null);
        if (text == null) return Kind.UNKNOWN;
        text = text.strip();
        if (text.isEmpty()) return Kind.ABSENT;
        Matcher m = AWS_MANAGED_ALIAS.matcher(text);
        return m.find() ? Kind.AWS_MANAGED : Kind.CUSTOMER_MANAGED;
    }
}
