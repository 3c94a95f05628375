package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** A Lambda function on a managed runtime that AWS has deprecated: no more security patches. */
public final class LambdaDeprecatedRuntime extends TerraformRule {

    /**
     * The day {@link #DEPRECATED} was last checked against the AWS Lambda runtimes page. A runtime counts as
     * deprecated when its date is on or before this day, so results do not change with the clock of the machine
     * that scans; the table moves forward with opsmith releases.
     */
    static final LocalDate TABLE_DATE = LocalDate.of(2026, 1, 1);

    /** Runtime identifier → the day AWS deprecated it. */
    static final Map<String, LocalDate> DEPRECATED = Map.ofEntries(
            Map.entry("nodejs", LocalDate.of(2016, 10, 31)),
            Map.entry("nodejs4.3", LocalDate.of(2020, 3, 5)),
            Map.entry("nodejs4.3-edge", LocalDate.of(2020, 4, 30)),
            Map.entry("nodejs6.10", LocalDate.of(2019, 8, 12)),
            Map.entry("nodejs8.10", LocalDate.of(2020, 3, 6)),
            Map.entry("nodejs10.x", LocalDate.of(2021, 7, 30)),
            Map.entry("nodejs12.x", LocalDate.of(2023, 3, 31)),
            Map.entry("nodejs14.x", LocalDate.of(2023, 12, 4)),
            Map.entry("nodejs16.x", LocalDate.of(2024, 6, 12)),
            Map.entry("nodejs18.x", LocalDate.of(2025, 9, 1)),
            Map.entry("python2.7", LocalDate.of(2021, 7, 15)),
            Map.entry("python3.6", LocalDate.of(2022, 7, 18)),
            Map.entry("python3.7", LocalDate.of(2023, 12, 4)),
            Map.entry("python3.8", LocalDate.of(2024, 10, 14)),
            Map.entry("python3.9", LocalDate.of(2025, 12, 15)),
            Map.entry("ruby2.5", LocalDate.of(2021, 7, 30)),
            Map.entry("ruby2.7", LocalDate.of(2023, 12, 7)),
            Map.entry("java8", LocalDate.of(2024, 1, 8)),
            Map.entry("go1.x", LocalDate.of(2024, 1, 8)),
            Map.entry("provided", LocalDate.of(2024, 1, 8)),
            Map.entry("dotnetcore1.0", LocalDate.of(2019, 7, 30)),
            Map.entry("dotnetcore2.0", LocalDate.of(2019, 5, 30)),
            Map.entry("dotnetcore2.1", LocalDate.of(2022, 1, 5)),
            Map.entry("dotnetcore3.1", LocalDate.of(2023, 4, 3)),
            Map.entry("dotnet6", LocalDate.of(2024, 12, 20)));

    static final RuleMeta META = RuleMeta.builder("AWS248", "Function uses a deprecated runtime")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_lambda_function` whose `runtime` AWS had deprecated by " + TABLE_DATE + " (for "
                    + "example `python3.8`, `nodejs16.x`, `java8`, `go1.x`, `dotnet6`). Functions packaged as "
                    + "container images (`package_type = \"Image\"`) bring their own runtime and are skipped. "
                    + "When the runtime is unknown, nothing is reported; --show-unknown names the unknown input.")
            .rationale("A deprecated runtime no longer receives security patches for its language or operating "
                    + "system, and AWS later blocks creating and then updating functions that use it, which turns "
                    + "an urgent fix into a forced migration.")
            .remediation("Move the function to a supported runtime of the same language (for example "
                    + "`python3.12`, `nodejs22.x`, `java21`, `provided.al2023` for Go, `dotnet8`) and test it "
                    + "against the new version.")
            .reference("https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html")
            .compliance("NIST-800-53:SI-2").compliance("PCI-DSS-4.0:6.3.3").compliance("SOC2:CC8.1")
            .compliance("DORA:Art.9(4)(e)")
            .equivalent("checkov", "CKV_AWS_363")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance function : reporter.resources(module, "aws_lambda_function")) {
            var runtime = function.attribute("runtime");
            if (runtime.isEmpty() || !reporter.inThisFile(runtime.get())) continue;
            Value packageType = function.value("package_type");
            if (packageType.string().map("Image"::equals).orElse(false)) continue;
            String name = function.block().address();
            var at = runtime.get().source().node().span();
            String question = "whether " + name + " uses a deprecated runtime";
            Value v = runtime.get().value();
            if (!v.isKnown()) {
                reporter.undecided(at, question, v.unknownReasons());
                continue;
            }
            Optional<String> id = v.string().map(String::strip);
            Optional<LocalDate> since = id.map(DEPRECATED::get).filter(d -> !d.isAfter(TABLE_DATE));
            if (since.isEmpty()) continue;
            if (packageType.isUnknown()) {
                reporter.undecided(at, question, packageType.unknownReasons());
            } else {
                reporter.report(at, name + " uses runtime " + id.get() + ", deprecated since " + since.get()
                        + " and no longer patched; move it to a supported runtime");
            }
        }
    }
}
