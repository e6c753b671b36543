/**
 * The command line ({@code lede index|search|extract|eval|...}), on top of the library: picocli commands that
 * render the library's results and errors for people. Shaded into the CLI jar only.
 */
package io.github.lede.cli;
