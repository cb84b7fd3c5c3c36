/** The explorer's plain main class, which ./benchlens view starts; the top floor of the viewer. */
package dev.benchlens.viewer;
