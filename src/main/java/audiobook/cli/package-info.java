/**
 * The command line: picocli commands, progress display and exit codes. The only code that prints.
 */
package audiobook.cli;
