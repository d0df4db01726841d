/**
 * Relais' own task list: human steps of every process arrive as job-worker user-task jobs, are kept
 * as rows, claimed and submitted through forms, and completed in the engine from the stored submission.
 */
package fr.relais.tasks;
