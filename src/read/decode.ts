// Bytes → text: UTF-8 with or without a byte-order mark, LF or CRLF (or lone CR) line endings.
// A NUL byte means a binary file, which is refused; other control characters (except tab and
// newline) are taken out, so they never reach a page, a title or a data file.

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export class DecodeError extends Error {
  constructor(readonly line: number, readonly column: number, message: string) {
    super(message);
  }
}

/** C0 controls other than tab and line feed, DEL, and the C1 controls. */
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function decodeText(bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = bytePosition(bytes, nul);
    throw new DecodeError(line, column, `binary file (a NUL byte at byte ${nul + 1}); only UTF-8 text is read`);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const invalid = firstInvalidByte(bytes);
    const { line, column } = bytePosition(bytes, invalid);
    throw new DecodeError(line, column, `file is not valid UTF-8 (byte 0x${bytes[invalid]!.toString(16).padStart(2, '0')} at line ${line}, byte column ${column})`);
  }
  return text.replace(/\r\n?/g, '\n').replace(controlCharacters, '');
}

/** Line and byte column (both 1-based) of byte `offset`. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    const byte = bytes[index]!;
    if (byte === 0x0a || (byte === 0x0d && bytes[index + 1] !== 0x0a)) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Index of the first byte that is not part of a well-formed UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    // Length and the allowed range of the second byte (which rules out overlong forms and surrogates).
    const [length, low, high] =
      lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
      : lead === 0xe0 ? [3, 0xa0, 0xbf]
      : lead === 0xed ? [3, 0x80, 0x9f]
      : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf]
      : lead === 0xf0 ? [4, 0x90, 0xbf]
      : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf]
      : lead === 0xf4 ? [4, 0x80, 0x8f]
      : [0, 0, 0];
    if (length === 0) return index;
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      if (byte === undefined) return index;
      if (next === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return index + next;
    }
    index += length;
  }
  return bytes.length;
}
