// Binary files (images, PDFs, archives, databases) are refused before decoding: decoding them would
// either fail with a misleading "not UTF-8" message or, worse, succeed and feed garbage to extract.

/** Bytes inspected for the control-character share; enough to see a file's nature, cheap on 20 MB. */
const SAMPLE_BYTES = 64 * 1024;
/** Real text has almost no C0 control characters besides tab and line breaks; binary has many. */
const MAX_CONTROL_SHARE = 0.1;

function isControlByte(byte: number): boolean {
  const isTextWhitespace = byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d;
  return (byte < 0x20 && !isTextWhitespace) || byte === 0x7f;
}

/** A reason the bytes look binary, or null when they look like text. Expects UTF-8 candidates. */
export function binaryReason(bytes: Uint8Array): string | null {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return `looks binary (NUL byte at offset ${nul})`;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) if (isControlByte(byte)) control++;
  const share = sample.length === 0 ? 0 : control / sample.length;
  if (share > MAX_CONTROL_SHARE) return `looks binary (${Math.round(share * 100)}% control characters)`;
  return null;
}
