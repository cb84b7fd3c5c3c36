/** Which implementations exist (scalar, SIMD, auto, BLAS, EJML, NumPy) and where each applies. */
package dev.benchlens.bench.implementations;
