/** OpenBLAS called through the foreign function API, as one more implementation of the kernels. */
package dev.benchlens.bench.blas;
