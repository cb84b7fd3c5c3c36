/** The installed program's entry point, which hands each command to the module that owns it. */
package dev.benchlens.app;
