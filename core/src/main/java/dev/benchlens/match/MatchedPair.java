package dev.benchlens.match;

/** The same key measured in the baseline and in a candidate. */
public record MatchedPair(CaseKey key, KeyedMeasurement baseline, KeyedMeasurement candidate) {}
