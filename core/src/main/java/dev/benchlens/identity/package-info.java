/**
 * Which run is which: the environment and host of a run, from what the file records, the upstream's folder names or
 * NumPy's build text.
 */
package dev.benchlens.identity;
