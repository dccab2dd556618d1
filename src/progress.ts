// A progress bar for long commands, shared by extract and ingest. It draws on stderr and only when
// stderr is a terminal, so piped or redirected output (and test runs) never contain bar frames.
import { Presets, SingleBar } from 'cli-progress';

export interface Progress {
  /** Advances by `steps` (default 1); `label` names the item just finished, e.g. a file name. */
  tick(steps?: number, label?: string): void;
  /** Removes the bar; call before printing anything else to stderr. Safe to call twice. */
  stop(): void;
}

export interface ProgressOptions {
  /** Where to draw; defaults to process.stderr. */
  stream?: NodeJS.WriteStream;
  /** Forces the bar on or off; by default it shows when the stream is a terminal. */
  enabled?: boolean;
}

const SILENT: Progress = { tick() {}, stop() {} };

export function startProgress(title: string, total: number, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const enabled = options.enabled ?? Boolean(stream.isTTY);
  if (!enabled || total <= 0) return SILENT;
  const bar = new SingleBar(
    {
      stream,
      format: `${title} [{bar}] {value}/{total} {label}`,
      clearOnComplete: true,
      // Never hide the cursor: a crash between start and stop would leave the user's terminal without one.
      hideCursor: false,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0, { label: '' });
  let stopped = false;
  return {
    tick(steps = 1, label = '') {
      if (!stopped) bar.increment(steps, { label });
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}
