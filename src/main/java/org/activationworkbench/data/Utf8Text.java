package org.activationworkbench.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict decoding of a text file: refuses binary data and invalid UTF-8 with the place where it went wrong. */
final class Utf8Text {

    private Utf8Text() {
    }

    /** The text without a leading byte-order mark. */
    static String decode(String fileName, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new DatasetException(fileName + " is not a text file (NUL byte at offset " + i + ", line "
                        + lineAt(bytes, i) + "); give a UTF-8 CSV file (if it is UTF-16, save it as UTF-8)");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int at = in.position();
            throw new DatasetException(String.format("%s line %d: byte 0x%02X at offset %d is not valid UTF-8; "
                    + "save the file with UTF-8 encoding", fileName, lineAt(bytes, at), bytes[at] & 0xFF, at));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (bytes[i] == '\n') line++;
        return line;
    }
}
