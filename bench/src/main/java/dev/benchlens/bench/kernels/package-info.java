/**
 * The numeric kernels (sums, means, axis means, broadcasts, scaling) as scalar loops, Vector API code and automatic
 * dispatch; the bottom of bench.
 */
package dev.benchlens.bench.kernels;
