// A progress bar on stderr while a build extracts and writes, only on a terminal: a log or a
// pipe gets no control characters. Drawn with cli-progress, cleared when its stage ends.
import cliProgress from 'cli-progress';

export type ProgressListener = (stage: 'extract' | 'write', done: number, total: number) => void;

const stageNames = { extract: 'extracting', write: 'writing pages' } as const;

/** A listener that draws the bar, and `stop` to clear it; undefined when no bar should be drawn. */
export function progressBar(stream: NodeJS.WriteStream, enabled: boolean): { listener: ProgressListener; stop: () => void } | undefined {
  if (!enabled || !stream.isTTY) return undefined;
  let bar: cliProgress.SingleBar | undefined;
  let current: keyof typeof stageNames | undefined;
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  const listener: ProgressListener = (stage, done, total) => {
    if (stage !== current) {
      stop();
      current = stage;
      bar = new cliProgress.SingleBar(
        { stream, clearOnComplete: true, hideCursor: true, format: `${stageNames[stage].padEnd(14)} {bar} {value}/{total}`, fps: 10 },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, done);
      return;
    }
    bar!.setTotal(total);
    bar!.update(done);
  };
  return { listener, stop };
}
