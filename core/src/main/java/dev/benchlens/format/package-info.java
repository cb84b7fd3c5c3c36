/**
 * The results format as records (runs, cases, measurements, metadata) with its JSON Schema and the names of an
 * artifact's files.
 */
package dev.benchlens.format;
