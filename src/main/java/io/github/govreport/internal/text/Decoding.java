package io.github.govreport.internal.text;

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
import java.util.function.Function;

/**
 * Turns the bytes of a report file into text, and says how in a {@link DiagnosticCode#CHARSET_CHOSEN}
 * diagnostic. A charset the caller names always wins. Otherwise, in order: a byte-order mark (UTF-8,
 * UTF-16LE/BE, UTF-32LE/BE); UTF-16 without a mark, told by where its zero bytes fall; valid UTF-8; UTF-16
 * without a mark, told by the characters it makes; then a detector for legacy encodings when the caller has
 * one (the command line's tells GB18030 from Big5), else GB18030, which most reports not in UTF-8 are. Bytes
 * invalid in the chosen charset are replaced and noted.
 */
public final class Decoding {

  /** The decoded text and what was noted on the way. */
  public static final class Result {
    /** The text. */
    public final String text;
    /** The charset the bytes were read in. */
    public final Charset charset;
    /** What the decoding did that the reader should know. */
    public final List<Diagnostic> diagnostics;

    Result(String text, Charset charset, List<Diagnostic> diagnostics) {
      this.text = text;
      this.charset = charset;
      this.diagnostics = diagnostics;
    }
  }

  static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  /** How many bytes the UTF-16 test looks at. */
  private static final int SAMPLE = 8192;

  private Decoding() {}

  /** Decodes {@code bytes} in {@code charset}, or in the charset detected when {@code charset} is null. */
  public static Result decode(byte[] bytes, Charset charset) {
    return decode(bytes, charset, null);
  }

  /**
   * Decodes {@code bytes} in {@code charset}; when it is null, in the charset detected, asking {@code legacy}
   * (may be null; may answer null) for bytes that are neither marked nor UTF-16 nor UTF-8.
   */
  public static Result decode(byte[] bytes, Charset charset, Function<byte[], Charset> legacy) {
    List<Diagnostic> notes = new ArrayList<>();
    if (charset != null) {
      int bom = bomLength(bytes, charset);
      note(notes, charset, "as asked");
      return strictOrReplaced(bytes, bom, charset, notes);
    }
    Charset marked = byMark(bytes);
    if (marked != null) {
      note(notes, marked, "the file starts with its byte-order mark");
      return strictOrReplaced(bytes, bomLength(bytes, marked), marked, notes);
    }
    Charset utf16 = utf16ByZeros(bytes);
    if (utf16 != null) {
      note(notes, utf16, "its zero bytes fall where UTF-16 puts them");
      return strictOrReplaced(bytes, 0, utf16, notes);
    }
    // The JDK's own UTF-8 decoding is fast and marks malformed bytes with U+FFFD; only then decode strictly.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      note(notes, StandardCharsets.UTF_8, "the bytes are valid UTF-8");
      return new Result(fast, StandardCharsets.UTF_8, notes);
    }
    try {
      String text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
      note(notes, StandardCharsets.UTF_8, "the bytes are valid UTF-8");
      return new Result(text, StandardCharsets.UTF_8, notes);
    } catch (CharacterCodingException notUtf8) {
      Result mixed = byLines(bytes, notes);
      if (mixed != null) {
        return mixed;
      }
      Charset plausible = utf16ByCharacters(bytes);
      if (plausible != null) {
        note(notes, plausible, "read two bytes at a time, the bytes make Chinese text");
        return strictOrReplaced(bytes, 0, plausible, notes);
      }
      Charset detected = legacy == null ? null : legacy.apply(bytes);
      if (detected != null) {
        note(notes, detected, "the bytes are not UTF-8, and a charset detector names " + detected.name());
        return strictOrReplaced(bytes, 0, detected, notes);
      }
      note(notes, GB18030, "the bytes are not UTF-8; most such reports are GBK or GB18030");
      return strictOrReplaced(bytes, 0, GB18030, notes);
    }
  }

  /**
   * A file of two charsets (lines of UTF-8 and lines of GBK, as a file pasted together from two sources): each line
   * read in the one it is valid in, UTF-8 first, else GB18030, a line valid in neither with its bad bytes replaced;
   * null when the file is not such a mix (no line of non-ASCII UTF-8, or none that is not UTF-8).
   */
  private static Result byLines(byte[] bytes, List<Diagnostic> notes) {
    StringBuilder out = new StringBuilder(bytes.length);
    int utf8 = 0;
    int gb = 0;
    int replaced = 0;
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      int stop = Math.min(bytes.length, end + 1);
      ByteBuffer line = ByteBuffer.wrap(bytes, start, stop - start);
      boolean ascii = true;
      for (int i = start; i < stop && ascii; i++) {
        ascii = bytes[i] >= 0;
      }
      try {
        out.append(strict(StandardCharsets.UTF_8).decode(line));
        utf8 += ascii ? 0 : 1;
      } catch (CharacterCodingException notUtf8) {
        try {
          out.append(strict(GB18030).decode(ByteBuffer.wrap(bytes, start, stop - start)));
          gb++;
        } catch (CharacterCodingException neither) {
          out.append(replaceDecode(ByteBuffer.wrap(bytes, start, stop - start), GB18030));
          replaced++;
        }
      }
      start = stop;
    }
    if (utf8 == 0 || gb + replaced == 0) {
      return null;
    }
    note(notes, StandardCharsets.UTF_8, "read line by line: " + utf8 + " lines in UTF-8 and " + (gb + replaced)
        + " in GB18030, a file of two charsets");
    if (replaced > 0) {
      notes.add(Diagnostic.of(DiagnosticCode.MALFORMED_INPUT, replaced + " lines have bytes valid in neither UTF-8"
          + " nor GB18030; they were replaced with U+FFFD", SourceSpan.of(0, 0)));
    }
    return new Result(out.toString(), StandardCharsets.UTF_8, notes);
  }

  /** Whether decoded text looks like binary data: NULs or other controls among its first characters. */
  public static boolean looksBinary(String text) {
    int n = Math.min(text.length(), SAMPLE);
    int controls = 0;
    int nuls = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        nuls++;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0xFFFD) {
        controls++;
      }
    }
    return nuls > 16 || nuls > 0 && nuls * 100 >= n || controls * 10 >= Math.max(n, 1) && n > 0;
  }

  private static void note(List<Diagnostic> notes, Charset charset, String why) {
    notes.add(Diagnostic.of(DiagnosticCode.CHARSET_CHOSEN, "read as " + charset.name() + ": " + why,
        SourceSpan.of(0, 0)));
  }

  /** The charset a byte-order mark at the start names, or null. */
  static Charset byMark(byte[] b) {
    if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      return UTF_32LE;
    }
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      return UTF_32BE;
    }
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** The length of the byte-order mark of {@code charset} at the start of {@code b}, or 0. */
  private static int bomLength(byte[] b, Charset charset) {
    Charset marked = byMark(b);
    if (marked == null) {
      return 0;
    }
    if (!marked.equals(charset)) {
      return 0; // "UTF-16" and "UTF-32" read their mark themselves
    }
    return marked.name().startsWith("UTF-32") ? 4 : marked.equals(StandardCharsets.UTF_8) ? 3 : 2;
  }

  /**
   * UTF-16 without a mark: in text of CJK and ASCII, the high byte of every ASCII char (digits, line breaks)
   * is zero, so zero bytes gather on one side: odd offsets for UTF-16LE, even ones for UTF-16BE.
   */
  static Charset utf16ByZeros(byte[] b) {
    int n = Math.min(b.length, SAMPLE) & ~1;
    if (n < 16) {
      return null;
    }
    int even = 0;
    int odd = 0;
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        if ((i & 1) == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    int zeros = even + odd;
    if (zeros * 50 < n) {
      return null; // fewer than 2% zero bytes: not UTF-16 of a text with line breaks and digits
    }
    Charset c = odd >= 9 * even ? StandardCharsets.UTF_16LE : even >= 9 * odd ? StandardCharsets.UTF_16BE : null;
    if (c == null) {
      return null;
    }
    // Zero bytes on one side may also be binary data: the sample must decode as UTF-16 without a NUL char.
    try {
      String sample = strict(c).decode(ByteBuffer.wrap(b, 0, n)).toString();
      return sample.indexOf('\0') < 0 ? c : null;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * UTF-16 without a mark and with few ASCII chars: read two bytes at a time in one order, nine in ten of the
   * first chars are CJK ideographs, CJK or full-width punctuation or printable ASCII; in the other order, or
   * for GB18030 and UTF-8 bytes, they scatter over the whole plane.
   */
  static Charset utf16ByCharacters(byte[] b) {
    int n = Math.min(b.length, SAMPLE) & ~1;
    if (n < 16) {
      return null;
    }
    int le = 0;
    int be = 0;
    for (int i = 0; i < n; i += 2) {
      le += plausible((char) ((b[i + 1] & 0xFF) << 8 | b[i] & 0xFF)) ? 1 : 0;
      be += plausible((char) ((b[i] & 0xFF) << 8 | b[i + 1] & 0xFF)) ? 1 : 0;
    }
    int chars = n / 2;
    if (le * 10 >= chars * 9 && le > be) {
      return StandardCharsets.UTF_16LE;
    }
    if (be * 10 >= chars * 9 && be > le) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean plausible(char c) {
    return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF
        || c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' || c == '\t' || c >= 0x2010 && c <= 0x206F;
  }

  private static Result strictOrReplaced(byte[] bytes, int offset, Charset charset, List<Diagnostic> notes) {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return new Result(strict(charset).decode(in).toString(), charset, notes);
    } catch (CharacterCodingException malformed) {
      in.rewind().position(offset);
      CharBuffer lenient = replaceDecode(in, charset);
      notes.add(Diagnostic.of(DiagnosticCode.MALFORMED_INPUT,
          "the input has bytes that are not valid " + charset.name() + "; they were replaced with U+FFFD",
          SourceSpan.of(0, 0)));
      return new Result(lenient.toString(), charset, notes);
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
