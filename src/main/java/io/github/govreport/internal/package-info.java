/** Machinery shared by the library's packages. Not part of the API. */
package io.github.govreport.internal;
