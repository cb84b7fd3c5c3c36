/** The JMH benchmarks of the kernels and of memory bandwidth, and the names of the bandwidth figures. */
package dev.benchlens.bench.jmh;
