/** Files on disk: atomic writes and the one-line reasons a path cannot be read. */
package dev.benchlens.io;
