/**
 * Runs the stages in order (read, plan, score, speak, render, master, export), in parallel where
 * it pays, and reports progress to a listener. Never prints.
 */
package audiobook.pipeline;
