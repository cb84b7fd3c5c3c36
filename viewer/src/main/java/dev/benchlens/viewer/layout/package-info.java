/** Layout rules shared by the explorer's views: tables whose headers and names stay whole at 1280x720. */
package dev.benchlens.viewer.layout;
