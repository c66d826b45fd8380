package vn.daihoi.org.member;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Recognises UTF-8 text that was once read as Windows-1252 or Latin-1 and saved again, the usual way
 * "Nguyễn" becomes "Nguyá»…n". Such text consists only of characters those code pages have, and their
 * bytes form valid multi-byte UTF-8; genuine Vietnamese almost always has a letter (ă, ơ, ư, ạ, …)
 * that neither code page holds, so it is never taken for garbage.
 */
final class Mojibake {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    private Mojibake() {}

    static boolean isGarbled(String text) {
        if (text == null || text.chars().allMatch(c -> c < 0x80)) {
            return false;
        }
        byte[] bytes = new byte[text.length()];
        CharsetEncoder cp1252 = CP1252.newEncoder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0xFF) {
                bytes[i] = (byte) c;
            } else if (cp1252.canEncode(c)) {
                bytes[i] = String.valueOf(c).getBytes(CP1252)[0];
            } else {
                return false;
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            utf8.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** U+FFFD: a decoder already met bytes it could not read, the text is damaged beyond repair. */
    static boolean hasReplacementCharacter(String text) {
        return text != null && text.indexOf('\uFFFD') >= 0;
    }
}
