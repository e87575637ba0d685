/** The reading of a clause: the subject that names each figure, the name cleaned to a noun phrase, lists distributed, the measure and bound inferred, and the rules that keep a figure out. Not part of the API. */
package io.github.govreport.internal.clause;
