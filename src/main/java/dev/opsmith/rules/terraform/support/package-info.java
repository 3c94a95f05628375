/**
 * Facts that several Terraform rules share (which resource a value refers to, what kind of KMS key an attribute
 * names). A helper never reports: it answers, tri-state, and the rule decides and points.
 */
package dev.opsmith.rules.terraform.support;
