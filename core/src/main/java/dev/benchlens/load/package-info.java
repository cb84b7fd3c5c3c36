/** Opening files as finished runs: read, given their fetched facts and named, the one path every interface takes. */
package dev.benchlens.load;
