package dev.opsmith.rules.terraform;

import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.S3Buckets.BucketView;
import dev.opsmith.rules.terraform.support.S3Buckets.Concern;
import dev.opsmith.rules.terraform.support.S3Buckets.Facet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The check shared by the public-read (AWS012) and public-write (AWS013) ACL rules. A bucket ACL is written as a
 * canned {@code acl} and {@code grant} blocks on the bucket (provider v3), or as an {@code aws_s3_bucket_acl} with
 * {@code acl} or {@code access_control_policy { grant { grantee { type uri } permission } }} (v4+); when both
 * exist, the split resource decides. Grants are public when their grantee is one of S3's two global groups.
 */
final class S3PublicAcls {

    static final Set<String> PUBLIC_GROUPS = Set.of("http://acs.amazonaws.com/groups/global/AllUsers",
            "http://acs.amazonaws.com/groups/global/AuthenticatedUsers");

    /** What one rule looks for: the canned ACLs and grant permissions that give the access it is about. */
    record Access(String what, Set<String> cannedAcls, Set<String> permissions) {
    }

    private S3PublicAcls() {
    }

    static void check(EvaluatedModule module, TerraformRule.Reporter reporter, Access access) {
        for (BucketView bucket : S3Checks.buckets(module, reporter)) {
            Facet facet = bucket.facet(Concern.ACL);
            if (facet.bySplitResource()) continue;
            facet.inlineAttribute("acl").ifPresent(acl -> canned(reporter, bucket.name(), acl, access));
            for (EvaluatedBlock grant : S3Checks.inlineToJudge(reporter, facet)) {
                grant(reporter, bucket.name(), grant, grant.attribute("uri"), grant.attribute("permissions"), access);
            }
        }
        for (ResourceInstance split : S3Checks.splitInThisFile(module, reporter, Concern.ACL)) {
            String name = split.block().address();
            split.attribute("acl").ifPresent(acl -> canned(reporter, name, acl, access));
            for (EvaluatedBlock grant : S3Checks.nested(split, "access_control_policy", "grant")) {
                if (!reporter.inThisFile(grant.source().file())) continue;
                Optional<EvaluatedAttribute> uri = S3Checks.nested(List.of(grant), "grantee").stream()
                        .map(g -> g.attribute("uri")).flatMap(Optional::stream).findFirst();
                grant(reporter, name, grant, uri, grant.attribute("permission"), access);
            }
        }
    }

    private static void canned(TerraformRule.Reporter reporter, String name, EvaluatedAttribute acl, Access access) {
        if (!reporter.inThisFile(acl)) return;
        Value v = acl.value();
        if (!v.isKnown()) {
            reporter.undecided(S3Checks.span(acl), "whether the ACL of " + name + " allows public " + access.what(),
                    v.unknownReasons());
        } else if (v.string().filter(access.cannedAcls()::contains).isPresent()) {
            reporter.report(S3Checks.span(acl), name + " sets acl = \"" + v.string().orElseThrow() + "\", which "
                    + "allows public " + access.what() + "; use \"private\" and grant access through IAM");
        }
    }

    private static void grant(TerraformRule.Reporter reporter, String name, EvaluatedBlock grant,
                              Optional<EvaluatedAttribute> uri, Optional<EvaluatedAttribute> permissions,
                              Access access) {
        if (uri.isEmpty() || permissions.isEmpty()) return;
        String question = "whether the ACL of " + name + " grants public " + access.what();
        if (grant.undecided().isPresent()) {
            reporter.undecided(S3Checks.span(grant), question, grant.undecided().get().unknownReasons());
            return;
        }
        Value group = uri.get().value();
        Value granted = permissions.get().value();
        List<String> unknown = new ArrayList<>();
        if (!group.isKnown()) unknown.addAll(group.unknownReasons());
        if (!granted.isKnown()) unknown.addAll(granted.unknownReasons());
        if (!unknown.isEmpty()) {
            reporter.undecided(S3Checks.span(grant), question, unknown);
            return;
        }
        if (group.string().filter(PUBLIC_GROUPS::contains).isEmpty()) return;
        List<Value> items = granted.isList() ? granted.items() : List.of(granted);
        for (Value item : items) {
            Optional<String> permission = item.string();
            if (!item.isKnown()) {
                reporter.undecided(S3Checks.span(grant), question, item.unknownReasons());
                return;
            }
            if (permission.filter(access.permissions()::contains).isPresent()) {
                String uriText = group.string().orElseThrow();
                String who = uriText.substring(uriText.lastIndexOf('/') + 1);
                reporter.report(S3Checks.span(grant), name + " grants " + permission.get() + " to the " + who
                        + " group, which allows public " + access.what() + "; remove the grant");
                return;
            }
        }
    }
}
