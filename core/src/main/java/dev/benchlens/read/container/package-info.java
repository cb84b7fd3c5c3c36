/** Walking folders and zips (nested ones included) within the load limits, handing each document to its reader. */
package dev.benchlens.read.container;
