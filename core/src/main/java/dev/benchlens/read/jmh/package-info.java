/** JMH's own JSON output as runs, and a JMH result as a key and a measurement, for the reader and the suite alike. */
package dev.benchlens.read.jmh;
