/** The upstream comparison script's results and their metadata sidecars, in the upstream project's layout. */
package dev.benchlens.read.upstream;
