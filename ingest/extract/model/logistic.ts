/**
 * L2-regularised logistic regression over sparse named features: one small model per relation.
 * Training is full-batch Adam on the log loss (deterministic: zero start, fixed steps), fast
 * enough for a few thousand candidates; prediction is a dot product and a sigmoid.
 */
import type { Features } from "./features.ts";

export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

export interface TrainOptions {
  /** L2 penalty per example (default 1e-3). */
  l2?: number;
  /** Adam steps (default 600). */
  steps?: number;
  /** Step size (default 0.05). */
  rate?: number;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function predict(model: LogisticModel, f: Features): number {
  let z = model.bias;
  for (const k in f) {
    const w = model.weights[k];
    if (w !== undefined) z += w * f[k]!;
  }
  return sigmoid(z);
}

/** Fits a model to examples (features, label 0/1). */
export function train(
  examples: readonly { features: Features; label: number }[],
  options: TrainOptions = {},
): LogisticModel {
  const l2 = options.l2 ?? 1e-3;
  const steps = options.steps ?? 600;
  const rate = options.rate ?? 0.05;
  const names = new Map<string, number>();
  const rows = examples.map(({ features, label }) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const k of Object.keys(features).sort()) {
      let i = names.get(k);
      if (i === undefined) {
        i = names.size;
        names.set(k, i);
      }
      idx.push(i);
      val.push(features[k]!);
    }
    return { idx, val, label };
  });
  const n = names.size + 1; // last index: the bias
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const g = new Float64Array(n);
  const count = Math.max(1, rows.length);
  for (let t = 1; t <= steps; t++) {
    g.fill(0);
    for (const r of rows) {
      let z = w[n - 1]!;
      for (let j = 0; j < r.idx.length; j++) z += w[r.idx[j]!]! * r.val[j]!;
      const err = sigmoid(z) - r.label;
      for (let j = 0; j < r.idx.length; j++) g[r.idx[j]!]! += err * r.val[j]!;
      g[n - 1]! += err;
    }
    for (let i = 0; i < n; i++) {
      const grad = g[i]! / count + (i === n - 1 ? 0 : l2 * w[i]!);
      m[i] = 0.9 * m[i]! + 0.1 * grad;
      v[i] = 0.999 * v[i]! + 0.001 * grad * grad;
      const mh = m[i]! / (1 - 0.9 ** t);
      const vh = v[i]! / (1 - 0.999 ** t);
      w[i]! -= (rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  const weights: Record<string, number> = {};
  for (const [k, i] of [...names].sort((a, b) => a[0].localeCompare(b[0])))
    weights[k] = Math.round(w[i]! * 1e4) / 1e4;
  return { bias: Math.round(w[n - 1]! * 1e4) / 1e4, weights };
}
