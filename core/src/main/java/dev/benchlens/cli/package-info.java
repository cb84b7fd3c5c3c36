/**
 * The command line (report, compare, check, history, fetch): options, loading the arguments, exit codes; the top floor
 * of core.
 */
package dev.benchlens.cli;
