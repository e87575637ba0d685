/** The figures of a clause (numbers with their multipliers, units and qualifiers), the marks that speak of all of them (力争, 预计), and the catalog's wordings found in the text. Not part of the API. */
package io.github.govreport.internal.figure;
