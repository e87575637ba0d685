package io.github.govreport.internal.parse;

import io.github.govreport.model.Diagnostic;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.SourceSpan;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a report file into text: UTF-8 unless told otherwise, GB18030 when the bytes are not
 * valid UTF-8 (most such reports are GBK), a UTF-8 byte-order mark dropped, and bytes that are invalid in
 * the chosen charset replaced, each step noted as a diagnostic.
 */
public final class Decoding {

  /** The decoded text and what was noted on the way. */
  public static final class Result {
    /** The text. */
    public final String text;
    /** What the decoding did that the reader should know. */
    public final List<Diagnostic> diagnostics;

    Result(String text, List<Diagnostic> diagnostics) {
      this.text = text;
      this.diagnostics = diagnostics;
    }
  }

  private static final Charset GB18030 = Charset.forName("GB18030");

  private Decoding() {}

  /** Decodes {@code bytes} in {@code charset}, or detects UTF-8 / GB18030 when {@code charset} is null. */
  public static Result decode(byte[] bytes, Charset charset) {
    List<Diagnostic> notes = new ArrayList<>();
    int offset = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        && (charset == null || charset.equals(StandardCharsets.UTF_8))) {
      offset = 3;
    }
    if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
      // The JDK's own UTF-8 decoding is fast and marks malformed bytes with U+FFFD; only then decode strictly.
      String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
      if (fast.indexOf('\uFFFD') < 0) {
        return new Result(fast, notes);
      }
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    if (charset == null) {
      try {
        return new Result(strict(StandardCharsets.UTF_8).decode(in).toString(), notes);
      } catch (CharacterCodingException notUtf8) {
        in.rewind().position(offset);
        try {
          String text = strict(GB18030).decode(in).toString();
          notes.add(Diagnostic.of(DiagnosticCode.DECODED_AS_GB18030,
              "the input is not valid UTF-8; read it as GB18030", SourceSpan.of(0, 0)));
          return new Result(text, notes);
        } catch (CharacterCodingException notGb) {
          in.rewind().position(offset);
          charset = StandardCharsets.UTF_8;
        }
      }
    }
    try {
      return new Result(strict(charset).decode(in).toString(), notes);
    } catch (CharacterCodingException malformed) {
      in.rewind().position(offset);
      CharBuffer lenient = replaceDecode(in, charset);
      notes.add(Diagnostic.of(DiagnosticCode.MALFORMED_INPUT,
          "the input has bytes that are not valid " + charset.name() + "; they were replaced with U+FFFD",
          SourceSpan.of(0, 0)));
      return new Result(lenient.toString(), notes);
    }
  }

  private static CharBuffer replaceDecode(ByteBuffer in, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(in);
    } catch (CharacterCodingException cannotHappen) {
      throw new IllegalStateException(cannotHappen);
    }
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
