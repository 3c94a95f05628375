import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes one large Terraform plan JSON, shaped like {@code terraform show -json} output for an AWS estate (S3
 * buckets with split encryption resources, RDS instances with a sensitive password, security groups with ingress
 * blocks, values known only after apply), with no configuration beside it: the scan judges the plan on its own.
 *
 * <pre>java bench/GeneratePlan.java RESOURCES OUT_FILE SEED</pre>
 */
public class GeneratePlan {
    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("{\n  \"format_version\": \"1.2\",\n  \"terraform_version\": \"1.11.4\",\n");
            w.write("  \"planned_values\": { \"root_module\": {} },\n  \"resource_changes\": [\n");
            for (int i = 0; i < n; i++) {
                if (i > 0) w.write(",\n");
                switch (i % 4) {
                    case 0 -> change(w, "aws_s3_bucket", "b" + i, "{ \"bucket\": \"payments-" + i + "\", "
                            + "\"force_destroy\": false, \"tags\": { \"team\": \"payments\", \"env\": \"prod\" } }",
                            "{ \"arn\": true, \"id\": true }", "{}");
                    case 1 -> change(w, "aws_s3_bucket_server_side_encryption_configuration", "b" + (i - 1),
                            "{ \"rule\": [ { \"apply_server_side_encryption_by_default\": [ { \"sse_algorithm\": \""
                                    + (random.nextBoolean() ? "aws:kms" : "AES256") + "\" } ], "
                                    + "\"bucket_key_enabled\": true } ] }",
                            "{ \"bucket\": true, \"id\": true }", "{}");
                    case 2 -> change(w, "aws_db_instance", "db" + i, "{ \"engine\": \"postgres\", "
                            + "\"instance_class\": \"db.r6g.large\", \"storage_encrypted\": " + random.nextBoolean()
                            + ", \"backup_retention_period\": " + random.nextInt(15) + ", \"multi_az\": true, "
                            + "\"deletion_protection\": " + random.nextBoolean() + ", \"password\": \"Pw-" + i + "-secret\" }",
                            "{ \"arn\": true, \"endpoint\": true }", "{ \"password\": true }");
                    default -> change(w, "aws_security_group", "sg" + i, "{ \"name\": \"sg-" + i + "\", "
                            + "\"ingress\": [ { \"from_port\": 22, \"to_port\": 22, \"protocol\": \"tcp\", "
                            + "\"cidr_blocks\": [\"" + (random.nextInt(4) == 0 ? "0.0.0.0/0" : "10.0.0.0/8")
                            + "\"], \"description\": \"ssh\" } ] }", "{ \"id\": true }", "{}");
                }
            }
            w.write("\n  ]\n}\n");
        }
    }

    private static void change(BufferedWriter w, String type, String name, String after, String unknown,
                               String sensitive) throws IOException {
        w.write("    {\n      \"address\": \"" + type + "." + name + "\",\n      \"mode\": \"managed\", \"type\": \""
                + type + "\", \"name\": \"" + name + "\",\n      \"provider_name\": \"registry.terraform.io/hashicorp/aws\",\n"
                + "      \"change\": {\n        \"actions\": [\"create\"], \"before\": null,\n        \"after\": "
                + after + ",\n        \"after_unknown\": " + unknown + ",\n        \"before_sensitive\": false,\n"
                + "        \"after_sensitive\": " + sensitive + "\n      }\n    }");
    }
}
