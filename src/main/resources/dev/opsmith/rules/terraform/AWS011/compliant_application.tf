# an application stack (no baseline resource): the account block is expected elsewhere
resource "aws_s3_bucket" "statements" {
  bucket = "payments-statements"
}
