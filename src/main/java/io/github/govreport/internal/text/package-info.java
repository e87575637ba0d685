/** The text as the parser reads it: the input decoded, normalised into a view with an offset map back to the original, lines broken mid-sentence joined, list labels and character classes. Not part of the API. */
package io.github.govreport.internal.text;
