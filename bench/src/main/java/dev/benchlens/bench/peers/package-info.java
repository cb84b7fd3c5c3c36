/** The peers measured beside the kernels: EJML in the JVM and NumPy in a Python process. */
package dev.benchlens.bench.peers;
