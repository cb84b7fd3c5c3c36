package dev.benchlens.compare;

import dev.benchlens.format.Interval;

/**
 * The geometric mean of a candidate's ratios, over all its rows or those of one implementation.
 *
 * @param implementation {@code null} for all rows of the candidate
 * @param ci95           t-interval of the mean log ratio across rows; {@code null} for fewer than two rows
 */
public record GeomeanSummary(int candidateIndex, String implementation, int count, double geomean, Interval ci95) {}
