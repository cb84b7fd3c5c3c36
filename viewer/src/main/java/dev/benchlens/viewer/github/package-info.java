/** The Open from GitHub dialog and its model: a repository's workflow runs, fetched into core's cache and opened. */
package dev.benchlens.viewer.github;
