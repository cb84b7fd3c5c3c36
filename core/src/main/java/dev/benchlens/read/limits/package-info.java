/** How much a load may take: file, zip and document sizes, and the advice given when the heap is too small. */
package dev.benchlens.read.limits;
