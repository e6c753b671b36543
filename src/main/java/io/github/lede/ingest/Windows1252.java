package io.github.lede.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/** The characters windows-1252 gives bytes 0x80 to 0xFF; five of them it leaves undefined. */
final class Windows1252 {
  /** What {@link #charOf} returns for a byte windows-1252 does not define (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
  static final char UNDEFINED = '\uFFFF';

  private static final char[] HIGH = table();

  private Windows1252() {}

  /** The character for a byte; ASCII for bytes below 0x80. */
  static char charOf(int b) {
    return b < 0x80 ? (char) b : HIGH[b - 0x80];
  }

  private static char[] table() {
    var decoder = Charset.forName("windows-1252").newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    char[] t = new char[128];
    for (int b = 0x80; b <= 0xff; b++) {
      try {
        CharBuffer c = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b}));
        t[b - 0x80] = c.get(0);
      } catch (CharacterCodingException e) {
        t[b - 0x80] = UNDEFINED;
      }
    }
    return t;
  }
}
