/** The settings kept between sessions, the store that writes them, and the theme. */
package dev.benchlens.viewer.prefs;
