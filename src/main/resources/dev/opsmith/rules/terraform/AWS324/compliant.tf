# Security baseline of the payments organisation
resource "aws_organizations_organization" "payments" {
  feature_set = "ALL"
}

resource "aws_accessanalyzer_analyzer" "organisation" {
  analyzer_name = "payments-org"
  type          = "ORGANIZATION"
}
