package dev.opsmith.rules.terraform;

import dev.opsmith.rules.Rule;

import java.util.ArrayList;
import java.util.List;

/** Every Terraform rule, one line each ({@code r.add(new RuleClass());}), grouped by family in id order. */
public final class TerraformRules {
    private TerraformRules() {
    }

    public static List<Rule> all() {
        List<Rule> r = new ArrayList<>();
        // --- terraform practice (TF) ---
        r.add(new ProviderCredentialsHardcoded());
        // --- end terraform practice ---
        // --- ec2 / vpc (AWS100-AWS149) ---
        r.add(new SecurityGroupSshOpenToWorld());
        // --- end ec2 / vpc ---
        // --- rds (AWS170-AWS199) ---
        r.add(new RdsInstanceNotEncrypted());
        // --- end rds ---
        return r;
    }
}
