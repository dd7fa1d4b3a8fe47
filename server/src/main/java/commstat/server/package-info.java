/** commstat server. */
package commstat.server;
