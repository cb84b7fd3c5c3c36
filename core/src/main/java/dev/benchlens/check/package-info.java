/**
 * The CI gate: regressions against a baseline or a history, guard-rails, failure records and the verdict that sets the
 * exit code.
 */
package dev.benchlens.check;
