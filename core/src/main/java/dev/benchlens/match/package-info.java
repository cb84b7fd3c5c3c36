/** Which measurements are the same across runs: case keys, the alias table and the matching of two runs. */
package dev.benchlens.match;
