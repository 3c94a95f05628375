#!/bin/sh
# Regenerates the plan fixtures in this folder with the real terraform binary (offline: terraform_data needs no
# provider). plan.json plans main.tf from nothing; changed/plan.json applies that plan, then plans changed/main.tf
# over the resulting state (a replacement, in-place updates, no-ops and a deletion).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" CHECKPOINT_DISABLE=1 TF_CLI_CONFIG_FILE="$work/empty.tfrc"
: > "$work/empty.tfrc"

cp -R "$here/main.tf" "$here/modules" "$work/"
cd "$work"
terraform init -input=false -no-color > /dev/null
terraform plan -input=false -no-color -out=plan.out > /dev/null
terraform show -json plan.out > "$here/plan.json"
terraform apply -input=false -no-color -auto-approve plan.out > /dev/null

cp "$here/changed/main.tf" "$work/main.tf"
terraform plan -input=false -no-color -out=changed.out > /dev/null
terraform show -json changed.out > "$here/changed/plan.json"
