package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.Locale;
import java.util.Optional;

/** A flow log that records only accepted traffic, leaving out the rejected attempts that detection relies on. */
public final class FlowLogAcceptOnly extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS122", "Flow log does not capture rejected traffic")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_flow_log` with `traffic_type = \"ACCEPT\"`. `ALL` and `REJECT` are not reported. "
                    + "When the value is unknown, nothing is reported (--show-unknown names the unknown input).")
            .rationale("Rejected connection attempts are what port scans, lateral-movement probes and blocked "
                    + "exfiltration look like; a log of accepted traffic only hides them from monitoring "
                    + "(CIS AWS 3.7).")
            .remediation("Set `traffic_type = \"ALL\"`.")
            .reference("https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html")
            .compliance("NIST-800-53:SI-4").compliance("CIS-AWS-3.0:3.7").compliance("SOC2:CC7.2")
            .compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance log : reporter.resources(module, "aws_flow_log")) {
            Optional<EvaluatedAttribute> type = log.attribute("traffic_type");
            if (type.isEmpty() || !reporter.inThisFile(type.get())) continue;
            Value v = type.get().value();
            var at = type.get().source().node().span();
            if (!v.isKnown()) {
                reporter.undecided(at, "whether " + log.address() + " records rejected traffic", v.unknownReasons());
            } else if (v.string().map(s -> s.strip().toUpperCase(Locale.ROOT).equals("ACCEPT")).orElse(false)) {
                reporter.report(at, log.address() + " records only accepted traffic, so rejected connection attempts "
                        + "are not logged; set traffic_type = \"ALL\"");
            }
        }
    }
}
