/** The performance table of a bandwidth run (./benchlens table). */
package dev.benchlens.bench.table;
