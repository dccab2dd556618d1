// How the read stage reports input it will not turn into an article.

/** One input that was not read, with a reason short enough for one line of output. */
export interface Rejection {
  path: string;
  reason: string;
}

/**
 * Thrown inside the per-file readers when the whole file is unusable. It never leaves the read
 * stage: readArticles catches it and records a Rejection, so one bad file cannot stop the others.
 */
export class RejectedInput extends Error {
  override name = 'RejectedInput';
}
