/**
 * govreport: parses Chinese government work reports (政府工作报告) into a typed, immutable model and computes
 * with it. The front door is {@link io.github.govreport.ReportParser}; the model is in
 * {@code io.github.govreport.model}, its JSON in {@code io.github.govreport.json}.
 */
module io.github.govreport {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.google.common;
  requires com.fasterxml.jackson.datatype.guava;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static info.picocli;
  requires static com.github.albfernandez.juniversalchardet;
  requires static org.apache.commons.csv;
  requires static me.tongfei.progressbar;

  exports io.github.govreport;
  exports io.github.govreport.model;
  exports io.github.govreport.json;
  exports io.github.govreport.compute;
  exports io.github.govreport.panel;

  opens io.github.govreport.model to com.fasterxml.jackson.databind;
  opens io.github.govreport.compute to com.fasterxml.jackson.databind;
  opens io.github.govreport.panel to com.fasterxml.jackson.databind;
  opens io.github.govreport.cli to info.picocli;
}
