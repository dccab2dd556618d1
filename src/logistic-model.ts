// A fitted logistic regression read from a committed JSON file: weights per named feature, a bias,
// and the score above which a pair is taken as one. Written by the training scripts from ECB+ train
// (scripts/fit-logistic.ts); nothing in these files is tuned by hand.
import { readFileSync } from 'node:fs';

export interface LogisticModel<F extends string> {
  bias: number;
  weights: Record<F, number>;
  /** Pairs scoring at least this are one. */
  threshold: number;
  /** Where the numbers came from, for the README and for a reader of the file. */
  fittedOn: string;
}

export function readLogisticModel<F extends string>(file: URL): LogisticModel<F> {
  return JSON.parse(readFileSync(file, 'utf8')) as LogisticModel<F>;
}

export function logisticScore<F extends string>(names: readonly F[], values: Record<F, number>, model: LogisticModel<F>): number {
  let z = model.bias;
  for (const name of names) z += (model.weights[name] ?? 0) * values[name];
  return 1 / (1 + Math.exp(-z));
}

/** The features that pushed a pair's score up most, strongest first: the reasons a user is shown. */
export function strongestFeatures<F extends string>(names: readonly F[], values: Record<F, number>, model: LogisticModel<F>, count = 3): F[] {
  return names
    .map((name) => ({ name, push: (model.weights[name] ?? 0) * values[name] }))
    .filter((f) => f.push > 0)
    .sort((a, b) => b.push - a.push || (a.name < b.name ? -1 : 1))
    .slice(0, count)
    .map((f) => f.name);
}
