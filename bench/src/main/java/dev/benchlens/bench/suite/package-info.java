/**
 * Running a suite: its plan and settings, machine facts, progress, and the artifact files it writes in core's format.
 */
package dev.benchlens.bench.suite;
