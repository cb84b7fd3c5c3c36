/** JSON as result writers write it (NaN, shapes as text), streamed, with errors that name the file and the position. */
package dev.benchlens.read.json;
