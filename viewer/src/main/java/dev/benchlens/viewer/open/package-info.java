/**
 * Opening files, folders and zips through core's loader: each file's progress and Cancel, problems and notes, recent
 * files.
 */
package dev.benchlens.viewer.open;
