/** commstat reports. */
package commstat.reports;
