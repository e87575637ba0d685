/** The naming of a figure: the subject words before it peeled, the name cleaned to a noun phrase, a rank's subject, a list's names distributed and its heads shared. Not part of the API. */
package io.github.govreport.internal.name;
