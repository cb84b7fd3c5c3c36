/**
 * GitHub access: workflow runs, artifacts, the token, the download cache and the run facts kept beside a fetched zip.
 */
package dev.benchlens.github;
