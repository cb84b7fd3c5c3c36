/** Facts about Benchlens itself (its version) that the command line and the explorer both show; core's bottom floor. */
package dev.benchlens;
