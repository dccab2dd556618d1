import { describe, expect, it } from 'vitest';
import { runByLabels } from '../src/store/run-by-labels.ts';

// Writes that wait a few milliseconds and log when they start and end, so the test can see which
// ran side by side.
function timedWrites(specs: { name: string; labels: string[]; size: number; ms: number; fails?: boolean }[]) {
  const log: { name: string; start: number; end: number }[] = [];
  const t0 = performance.now();
  const writes = specs.map((spec) => ({
    labels: spec.labels,
    size: spec.size,
    run: async () => {
      const start = performance.now() - t0;
      await new Promise((resolve) => setTimeout(resolve, spec.ms));
      log.push({ name: spec.name, start, end: performance.now() - t0 });
      if (spec.fails) throw new Error(`${spec.name} lost its connection`);
    },
  }));
  return { writes, log };
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

describe('writes run at once only when the labels they lock are disjoint', () => {
  const specs = [
    { name: 'SUBJECT', labels: ['Claim', 'Entity'], size: 20000, ms: 40 },
    { name: 'OBJECT', labels: ['Claim', 'Entity'], size: 16000, ms: 30 },
    { name: 'SUPPORTED_BY', labels: ['Claim', 'Evidence'], size: 30000, ms: 60 },
    { name: 'IN_ARTICLE', labels: ['Evidence', 'Article'], size: 30000, ms: 60 },
    { name: 'IN_STORY', labels: ['Article', 'Story'], size: 200, ms: 5 },
  ];

  it('two writes sharing a label never overlap; every write runs once', async () => {
    const { writes, log } = timedWrites(specs);
    await runByLabels(writes);
    expect(log.map((w) => w.name).sort()).toEqual(specs.map((s) => s.name).sort());
    for (const a of log) {
      for (const b of log) {
        const shared = specs.find((s) => s.name === a.name)!.labels.some((label) => specs.find((s) => s.name === b.name)!.labels.includes(label));
        if (a !== b && shared) expect(overlap(a, b), `${a.name} and ${b.name} lock the same label yet ran together`).toBe(false);
      }
    }
  });

  it('writes with disjoint labels do run side by side', async () => {
    const { writes, log } = timedWrites(specs);
    await runByLabels(writes);
    const byName = new Map(log.map((w) => [w.name, w]));
    expect(overlap(byName.get('IN_ARTICLE')!, byName.get('SUBJECT')!), JSON.stringify(log)).toBe(true);
  });

  it('a failure is reported after every other write has finished', async () => {
    const { writes, log } = timedWrites([
      { name: 'fails', labels: ['Claim'], size: 10, ms: 5, fails: true },
      { name: 'slow', labels: ['Evidence'], size: 5, ms: 50 },
      { name: 'after', labels: ['Claim'], size: 1, ms: 5 },
    ]);
    await expect(runByLabels(writes)).rejects.toThrow('fails lost its connection');
    expect(log.map((w) => w.name).sort()).toEqual(['after', 'fails', 'slow']);
  });

  it('no writes is no work', async () => {
    await expect(runByLabels([])).resolves.toBeUndefined();
  });
});
