/** Change points of every case over many runs (E-divisive means with a t-test on each split); on the compare floor. */
package dev.benchlens.history;
