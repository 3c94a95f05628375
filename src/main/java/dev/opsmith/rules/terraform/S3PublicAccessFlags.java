package dev.opsmith.rules.terraform;

import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

/**
 * The check shared by the four bucket-level public access block rules (AWS006–AWS009) and the account-level one
 * (AWS010): each setting is off unless written as {@code true}. The same resource type serves provider v3 and v4+.
 */
final class S3PublicAccessFlags {

    static final String BUCKET_BLOCK = "aws_s3_bucket_public_access_block";
    static final String ACCOUNT_BLOCK = "aws_s3_account_public_access_block";

    private S3PublicAccessFlags() {
    }

    /**
     * Reports every public access block of {@code type} declared in the scanned file that does not set
     * {@code setting = true}.
     *
     * @param effect what the setting does when on, for the message ("reject requests that add a public ACL")
     */
    static void check(EvaluatedModule module, TerraformRule.Reporter reporter, String type, String setting,
                      String effect) {
        for (ResourceInstance block : reporter.resources(module, type)) {
            String name = block.block().address();
            ExpectedFlag.check(reporter, block.block().header(), block.attribute(setting), true, false,
                    name + " does not set " + setting + " (the default is false), so the block does not " + effect
                            + "; set " + setting + " = true",
                    name + " sets " + setting + " = false, so the block does not " + effect + "; set it to true",
                    "whether " + name + " sets " + setting);
        }
    }
}
