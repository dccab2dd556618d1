// Bytes to text. UTF-8 is the contract; a UTF-16 file announced by its byte order mark is also
// accepted, because that is what some Windows editors save as "Unicode" and it is unambiguous.
import { binaryReason } from './detect-binary.ts';
import { RejectedInput } from './rejection.ts';

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function encodingFromByteOrderMark(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** Decodes strictly: a single invalid sequence rejects the file rather than becoming U+FFFD. */
export function decodeText(bytes: Uint8Array): string {
  const encoding = encodingFromByteOrderMark(bytes);
  // UTF-16 is full of NUL bytes by design, so the binary check only applies to UTF-8 candidates.
  if (encoding === 'utf-8') {
    const binary = binaryReason(bytes);
    if (binary) throw new RejectedInput(binary);
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const name = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16';
    throw new RejectedInput(`is not valid ${name} text (re-save it as UTF-8)`);
  }
}
