/**
 * The attachment decision: each candidate fact (./candidates.ts) is scored by its relation's
 * logistic model; a fact is kept when its probability clears the relation's threshold (chosen
 * on cross-validation for precision, see eval/train-model.ts): a rule's fact below `keep` is
 * dropped, a generic candidate at or above `threshold` is added with `evidence.rule` =
 * `model.<kind>@<probability>`.
 * A relation without an active model in the weights keeps the rules' facts as they are.
 */
import type { EmployerMention, HonourMention, SpeechMention } from "../../types.ts";
import type { FoundPerson } from "../find-persons.ts";
import { readShippedJson } from "../shipped-json.ts";
import type { Candidate, ModelRelation } from "./candidates.ts";
import { type LogisticModel, predict } from "./logistic.ts";

export interface RelationModel extends LogisticModel {
  /** Add a generic candidate (no rule produced it) when its probability is at least this. */
  threshold: number;
  /** Keep a rule's fact when its probability is at least this (0: every rule fact stays). */
  keep: number;
  /**
   * Whether extraction uses it: training switches a relation on only when cross-validation
   * scores it above the rules alone (eval/train-model.ts); an inactive relation keeps the
   * rules' facts as they are.
   */
  active: boolean;
}

export interface AttachmentModel {
  version: 1;
  /** What it was trained on, for the record (counts, date, command). */
  trainedOn?: string;
  relations: Partial<Record<ModelRelation, RelationModel>>;
}

const WEIGHTS_URL = new URL("./weights.json", import.meta.url);
let shipped: AttachmentModel | null | undefined;

/** Whether `model` decides any relation (else extraction needs no candidates). */
export function anyActive(model: AttachmentModel | null): model is AttachmentModel {
  return model !== null && Object.values(model.relations).some((r) => r?.active === true);
}

/** The weights shipped in the repository (./weights.json), read once; null when absent. */
export function shippedModel(): AttachmentModel | null {
  if (shipped === undefined) shipped = readShippedJson<AttachmentModel>(WEIGHTS_URL);
  return shipped;
}

const KIND: Record<ModelRelation, string> = {
  HAS_HONOUR: "honour",
  WORKS_FOR: "employer",
  SPOKE_AT: "speech",
};

/**
 * A candidate's mention as a fact: a rule's mention as it is; a generic one with its own evidence
 * object, since `decide` writes the model's rule id into it.
 */
function ownCopy<T extends { evidence: object }>(m: T | undefined, c: Candidate): T | undefined {
  return m && c.rule === null ? { ...m, evidence: { ...m.evidence } } : m;
}

export interface Scored {
  candidate: Candidate;
  probability: number;
}

/** Each candidate with its probability under `model` (candidates of relations without a model are left out). */
export function scoreCandidates(candidates: readonly Candidate[], model: AttachmentModel): Scored[] {
  const out: Scored[] = [];
  for (const c of candidates) {
    const m = model.relations[c.rel];
    if (m?.active) out.push({ candidate: c, probability: predict(m, c.features) });
  }
  return out;
}

/**
 * Copies of the persons with the model's decision applied: for every relation the model covers,
 * the facts are exactly the candidates that clear its threshold (rule facts first, in their
 * order, then added ones in text order).
 */
export function decide(
  persons: readonly FoundPerson[],
  candidates: readonly Candidate[],
  model: AttachmentModel,
): FoundPerson[] {
  const kept = new Map<string, Scored[]>();
  for (const sc of scoreCandidates(candidates, model)) {
    const m = model.relations[sc.candidate.rel]!;
    if (sc.probability < (sc.candidate.rule === null ? m.threshold : m.keep)) continue;
    const list = kept.get(sc.candidate.person) ?? [];
    list.push(sc);
    kept.set(sc.candidate.person, list);
  }
  const covered = (rel: ModelRelation) => model.relations[rel]?.active === true;
  return persons.map((p) => {
    const mine = kept.get(p.key) ?? [];
    const pick = <T>(rel: ModelRelation, get: (c: Candidate) => T | undefined, own: T[]): T[] => {
      if (!covered(rel)) return own;
      const rules: T[] = [];
      const added: { at: number; v: T }[] = [];
      for (const { candidate: c, probability } of mine) {
        if (c.rel !== rel) continue;
        const v = get(c);
        if (v === undefined) continue;
        if (c.rule !== null) rules.push(v);
        else {
          const ev = (v as { evidence: { offset: number; spanStart: number; rule?: string } }).evidence;
          ev.rule = `model.${KIND[rel]}@${probability.toFixed(2)}`;
          added.push({ at: ev.offset + ev.spanStart, v });
        }
      }
      const order = new Map(own.map((x, i) => [x, i]));
      rules.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      added.sort((a, b) => a.at - b.at);
      return [...rules, ...added.map((x) => x.v)];
    };
    return {
      ...p,
      honours: pick<HonourMention>("HAS_HONOUR", (c) => ownCopy(c.honour, c), p.honours),
      employers: pick<EmployerMention>("WORKS_FOR", (c) => ownCopy(c.employer, c), p.employers),
      spokeAt: pick<SpeechMention>("SPOKE_AT", (c) => ownCopy(c.speech, c), p.spokeAt),
    };
  });
}
