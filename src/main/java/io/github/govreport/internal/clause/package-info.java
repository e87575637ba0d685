/** The reading of a clause: its figures grouped with the words that name them, what a figure borrows from the words before, the measure and bound inferred, and the rules that keep a figure out. Not part of the API. */
package io.github.govreport.internal.clause;
