/** The words of the domain as tables, apart from the code that scans for them. Not part of the API. */
package io.github.govreport.internal.lexicon;
