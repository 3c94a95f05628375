package dev.opsmith.rules.terraform;

import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

import java.util.ArrayList;
import java.util.List;

/**
 * The search domains of the scanned file in both resource types: {@code aws_elasticsearch_domain} (older provider
 * versions and Elasticsearch engines) and {@code aws_opensearch_domain}, which share the blocks the OpenSearch rules
 * read ({@code encrypt_at_rest}, {@code node_to_node_encryption}, {@code domain_endpoint_options}, …).
 */
final class OpenSearchDomains {

    private OpenSearchDomains() {
    }

    static List<ResourceInstance> of(TerraformRule.Reporter reporter, EvaluatedModule module) {
        List<ResourceInstance> domains = new ArrayList<>(reporter.resources(module, "aws_opensearch_domain"));
        domains.addAll(reporter.resources(module, "aws_elasticsearch_domain"));
        return domains;
    }
}
