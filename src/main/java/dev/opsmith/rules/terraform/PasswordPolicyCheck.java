package dev.opsmith.rules.terraform;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The checks shared by the account password policy rules (AWS066–AWS072): each reads one setting of
 * {@code aws_iam_account_password_policy}, takes AWS's default when it is not written, reports at the value when it
 * is written and wrong, and at the resource when it is missing.
 */
final class PasswordPolicyCheck {
    static final String TYPE = "aws_iam_account_password_policy";

    private PasswordPolicyCheck() {
    }

    /** Runs {@code check} on every password policy of the scanned file. */
    static void each(EvaluatedModule module, TerraformRule.Reporter reporter,
                     BiConsumer<ResourceInstance, String> check) {
        for (ResourceInstance p : reporter.resources(module, TYPE)) check.accept(p, p.block().address());
    }

    /** A boolean requirement whose AWS default is false. */
    static void required(TerraformRule.Reporter reporter, ResourceInstance policy, String attribute, String what) {
        String name = policy.block().address();
        ExpectedFlag.check(reporter, policy.block().header(), policy.attribute(attribute), true, false,
                name + " does not set " + attribute + ", so passwords need no " + what + "; set " + attribute
                        + " = true",
                name + " sets " + attribute + " = false: passwords need no " + what + "; set it to true",
                "whether " + name + " requires " + what);
    }

    /**
     * A number setting.
     *
     * @param bad      whether a known value (or the default, for an absent attribute) is non-compliant
     * @param fallback the value AWS uses when the attribute is absent; empty when absence means "no limit"
     * @param absent   the message when absent and the default is bad
     * @param wrong    the message for a bad written value, {@code %s} standing for the value
     */
    static void number(TerraformRule.Reporter reporter, ResourceInstance policy, String attribute,
                       Predicate<BigDecimal> bad, Optional<BigDecimal> fallback, String absent, String wrong,
                       String question) {
        Optional<EvaluatedAttribute> a = policy.attribute(attribute);
        if (a.isEmpty() || a.get().value().isNull()) {
            if (fallback.map(bad::test).orElse(true)) reporter.report(policy.block().header(), absent);
            return;
        }
        if (!reporter.inThisFile(a.get())) return;
        Value v = a.get().value();
        Span at = a.get().source().node().span();
        Optional<BigDecimal> n = v.asNumber();
        if (n.isPresent()) {
            if (bad.test(n.get())) reporter.report(at, String.format(wrong, n.get().toPlainString()));
        } else if (!v.isKnown()) {
            reporter.undecided(at, question, v.unknownReasons());
        }
    }


    static final List<String> REFERENCE = List.of(
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html");
}
