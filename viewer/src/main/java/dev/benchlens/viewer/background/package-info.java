/**
 * The one background service: named lanes (reading, comparing, drawing, exporting), "latest request wins", and a same-
 * thread version for model tests.
 */
package dev.benchlens.viewer.background;
