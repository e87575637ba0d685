package io.github.govreport.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.json.ReportJson;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.Extracted;
import io.github.govreport.model.Report;
import io.github.govreport.model.Section;
import java.util.ArrayList;
import java.util.List;

/** What must hold of the report of any input whatsoever. */
final class Invariants {

  private Invariants() {}

  static void check(String input, Report r) {
    assertThat(r.diagnostics()).as("no internal error").noneMatch(d -> d.code() == DiagnosticCode.INTERNAL_ERROR);
    List<Extracted> all = new ArrayList<>(r.targets());
    all.addAll(r.actuals());
    all.addAll(r.programs());
    all.addAll(r.projects());
    for (Extracted e : all) {
      assertThat(e.span().end()).isLessThanOrEqualTo(input.length());
      assertThat(input.substring(e.span().start(), e.span().end())).isEqualTo(e.text());
      wholeCharacters(input, e.span().start(), e.span().end());
    }
    r.diagnostics().forEach(d -> {
      assertThat(d.span().end()).isLessThanOrEqualTo(input.length());
      wholeCharacters(input, d.span().start(), d.span().end());
    });
    assertThat(ReportJson.read(ReportJson.write(r))).as("the JSON round trip").isEqualTo(r);
    if (isWhole(input)) {
      wholeStrings(ReportJson.write(r)); // the input's own halves may stand in the texts quoted from it
    }
    sections(r.sections(), input.length());
    assertThat(!r.diagnostics().isEmpty() || !r.targets().isEmpty() || !r.actuals().isEmpty())
        .as("diagnostics instead of silence").isTrue();
  }

  /** Every string the report holds is whole Unicode: its JSON has no half of a surrogate pair, escaped or not. */
  static void wholeStrings(String json) {
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      boolean lone = Character.isHighSurrogate(c) ? i + 1 >= json.length() || !Character.isLowSurrogate(json.charAt(i + 1))
          : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(json.charAt(i - 1)));
      assertThat(lone).as("half a surrogate pair at %d of the JSON", i).isFalse();
    }
    assertThat(json).as("no escaped half of a surrogate pair").doesNotContainPattern("\\\\u[dD][89a-fA-F][0-9a-fA-F]{2}");
  }

  /** Whether a text holds no half of a surrogate pair alone. */
  static boolean isWhole(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
          : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
        return false;
      }
    }
    return true;
  }

  /** No span starts or ends between the two halves of a surrogate pair. */
  static void wholeCharacters(String input, int start, int end) {
    for (int at : new int[] {start, end}) {
      boolean splits = at > 0 && at < input.length() && Character.isHighSurrogate(input.charAt(at - 1))
          && Character.isLowSurrogate(input.charAt(at));
      assertThat(splits).as("a span boundary at %d splits a surrogate pair", at).isFalse();
    }
  }

  private static void sections(List<Section> sections, int length) {
    for (Section s : sections) {
      assertThat(s.span().end()).isLessThanOrEqualTo(length);
      sections(s.children(), length);
    }
  }
}
