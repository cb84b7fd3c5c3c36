/** Statistics only: significance tests, Student t, spreads, sample statistics and geometric means. */
package dev.benchlens.stats;
