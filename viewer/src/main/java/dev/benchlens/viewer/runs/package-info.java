/** The runs read: their list with names, baseline and candidates, and the environment side by side. */
package dev.benchlens.viewer.runs;
