/**
 * Reading runs from files, folders and zips, each format recognised by content; one bad file is one problem and never
 * stops the others. Reading spreads over threads in one place, Reading.
 */
package dev.benchlens.read;
