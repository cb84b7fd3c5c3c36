/** The History tab: change points of every series of the loaded runs, and its charts. */
package dev.benchlens.viewer.history;
