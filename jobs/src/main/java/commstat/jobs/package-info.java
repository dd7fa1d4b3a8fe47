/** commstat jobs. */
package commstat.jobs;
