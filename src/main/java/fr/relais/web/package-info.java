/** What every page and endpoint shares: error handling that never leaks internals, layout model attributes. */
package fr.relais.web;
