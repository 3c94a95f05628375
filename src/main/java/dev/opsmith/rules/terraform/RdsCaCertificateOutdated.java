package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A database instance whose server certificate is signed by a CA bundle that has expired. */
public final class RdsCaCertificateOutdated extends TerraformRule {
    /** The RDS certificate authorities that expired (rds-ca-2019 on 2024-08-22; rds-ca-2015 in March 2020). */
    private static final Set<String> EXPIRED = Set.of("rds-ca-2015", "rds-ca-2019");

    static final RuleMeta META = RuleMeta.builder("AWS189", "Database uses an expired CA bundle")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_db_instance` or `aws_rds_cluster_instance` whose `ca_cert_identifier` names an "
                    + "expired RDS certificate authority (`rds-ca-2019` or `rds-ca-2015`). Absent is fine: RDS then "
                    + "uses the region's current default CA. An unknown value is left undecided.")
            .rationale("Clients that verify the server certificate (as TLS to a payment database should) fail or "
                    + "are configured to skip verification once the CA has expired, which removes the protection "
                    + "against a man in the middle.")
            .remediation("Set `ca_cert_identifier = \"rds-ca-rsa2048-g1\"` (or `rds-ca-rsa4096-g1`, "
                    + "`rds-ca-ecc384-g1`) and ship the matching bundle to clients.")
            .reference("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html")
            .compliance("NIST-800-53:SC-8").compliance("NIST-800-53:SC-17").compliance("SOC2:CC6.7")
            .compliance("DORA:Art.9(2)")
            .equivalent("checkov", "CKV_AWS_211")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (String type : List.of("aws_db_instance", "aws_rds_cluster_instance")) {
            for (ResourceInstance db : reporter.resources(module, type)) {
                var attribute = db.attribute("ca_cert_identifier");
                if (attribute.isEmpty() || !reporter.inThisFile(attribute.get())) continue;
                String name = db.block().address();
                Value v = attribute.get().value();
                var span = attribute.get().source().node().span();
                Optional<String> ca = v.string();
                if (ca.isPresent() && EXPIRED.contains(ca.get())) {
                    reporter.report(span, name + " uses the expired certificate authority " + ca.get()
                            + "; set ca_cert_identifier = \"rds-ca-rsa2048-g1\" and update the client bundle");
                } else if (!v.isKnown()) {
                    reporter.undecided(span, "whether " + name + " uses an expired certificate authority",
                            v.unknownReasons());
                }
            }
        }
    }
}
