// A browser tab closed mid-request, a reload, a curl interrupted: the client hung up. That is
// not a fault of the server and is worth one line in its log, not a stack trace.
const CLIENT_GONE_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE', 'ERR_STREAM_DESTROYED']);

/** The error code when `error` means the client went away, else null. */
export function clientAbortCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as NodeJS.ErrnoException).code;
  if (code && CLIENT_GONE_CODES.has(code)) return code;
  // node:http rejects a body read with a bare "aborted" when the client closes mid-body.
  return (error as Error).message === 'aborted' ? 'ECONNRESET' : null;
}

/** The log line; `request` is unknown when the client hung up before its request line was read. */
export function clientAbortLine(code: string, request?: { method?: string; url?: string }): string {
  const what = request ? ` during ${request.method ?? 'GET'} ${(request.url ?? '/').slice(0, 200)}` : '';
  return `a client closed its connection early${what} (${code})`;
}
