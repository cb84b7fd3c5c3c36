/** The explorer's shell: the application, the main window, its menus and the workspace that wires every model. */
package dev.benchlens.viewer.app;
