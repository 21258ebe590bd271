/**
 * Path report data: how two nodes (usually two people) are connected, as steps (each with its
 * relationship evidence) and as sentences such as "A 和 B 都在「E」上发言，该活动由 O 主办".
 */
import type { GraphStore } from "../cypher/store.ts";
import { NotFoundError } from "../model/errors.ts";
import { fetchEventSummaries } from "./assemble-facts.ts";
import { collectSources } from "./collect-sources.ts";
import { describeShared, describeStep } from "./describe-step.ts";
import { fetchNodes, fetchRels } from "./fetch-graph.ts";
import { findPath } from "./find-path.ts";
import { mergeEvidence } from "./read-values.ts";
import type { BuildOptions, NodeRef, PathReport, PathStep } from "./types.ts";

function organisedBy(organisers: { name: string; role: string | null }[]): { zh: string; en: string } {
  if (organisers.length === 0) return { zh: "", en: "" };
  return {
    zh: `，该活动由${organisers.map((o) => `${o.name}${o.role ?? "组织"}`).join("、")}`,
    en: `, organised by ${organisers.map((o) => `${o.name}${o.role ? ` (${o.role})` : ""}`).join(", ")}`,
  };
}

export async function buildPathReport(
  store: GraphStore,
  fromId: string,
  toId: string,
  opts: BuildOptions = {},
): Promise<PathReport> {
  const ends = await fetchNodes(store, [fromId, toId]);
  const refOf = (id: string): NodeRef => {
    const n = ends.get(id);
    if (!n) throw new NotFoundError(`buildPathReport: no node ${id}`);
    return { id, label: n.label, name: n.name };
  };
  const from = refOf(fromId);
  const to = refOf(toId);
  const ids = (await findPath(store, fromId, toId)) ?? [];
  const nodes = await fetchNodes(store, ids);
  const refs: NodeRef[] = ids.map((id) => {
    const n = nodes.get(id);
    return { id, label: n?.label ?? "Person", name: n?.name ?? id };
  });
  const rels = await fetchRels(store, ids);
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < refs.length; i++) {
    const a = refs[i]!;
    const b = refs[i + 1]!;
    const candidates = rels.filter((r) => r.nodeId === a.id && r.other.id === b.id);
    const r = candidates.find((c) => c.evidence.length > 0) ?? candidates[0];
    if (!r) break;
    const [source, target] = r.direction === "out" ? [a, b] : [b, a];
    const qualifier =
      r.type === "HAS_HONOUR"
        ? r.year === null
          ? null
          : String(r.year)
        : (r.jobTitle ?? r.talkTitle ?? r.role);
    steps.push({
      from: a,
      to: b,
      type: r.type,
      source: source.id,
      target: target.id,
      qualifier,
      evidence: r.evidence,
      ...describeStep(r.type, source, target, qualifier),
    });
  }
  const found = ids.length > 0 && steps.length === ids.length - 1;

  const events = await fetchEventSummaries(
    store,
    refs.filter((r) => r.label === "Event").map((r) => r.id),
  );
  const narrative: PathReport["narrative"] = [];
  for (let i = 0; found && i < steps.length; ) {
    const s = steps[i]!;
    const t = steps[i + 1];
    if (t && s.type === t.type && s.target === s.to.id && t.target === t.from.id) {
      const shared = s.to;
      const base = describeShared(s.type, s.from, t.to, shared);
      const org =
        shared.label === "Event" ? organisedBy(events.get(shared.id)?.organisers ?? []) : { zh: "", en: "" };
      const orgEvidence =
        shared.label === "Event" ? (events.get(shared.id)?.organisers ?? []).map((o) => o.evidence) : [];
      narrative.push({
        text: `${base.text}${org.zh}。`,
        textEn: `${base.textEn}${org.en}.`,
        evidence: mergeEvidence(s.evidence, t.evidence, ...orgEvidence),
      });
      i += 2;
    } else {
      narrative.push({ text: `${s.text}。`, textEn: `${s.textEn}.`, evidence: s.evidence });
      i += 1;
    }
  }
  const data: PathReport = {
    kind: "path",
    generatedAt: (opts.now?.() ?? new Date()).toISOString(),
    from,
    to,
    found,
    nodes: refs,
    steps,
    narrative,
    sources: [],
  };
  data.sources = await collectSources(store, data);
  return data;
}
