// Bytes → text: UTF-8 with or without a byte-order mark, LF or CRLF (or lone CR) line endings.

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export class DecodeError extends Error {
  constructor(readonly line: number, readonly column: number, message: string) {
    super(message);
  }
}

export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const { line, column } = firstInvalidByte(bytes);
    throw new DecodeError(line, column, 'file is not valid UTF-8');
  }
  return text.replace(/\r\n?/g, '\n');
}

/** Where the first byte that is not valid UTF-8 sits, so the error can point at it. */
function firstInvalidByte(bytes: Uint8Array): { line: number; column: number } {
  let end = bytes.length;
  let start = 0;
  // Binary search for the shortest prefix that fails to decode.
  while (start < end) {
    const middle = (start + end) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle + 1), { stream: true });
      start = middle + 1;
    } catch {
      end = middle;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, start));
  const lines = prefix.split(/\r\n?|\n/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
