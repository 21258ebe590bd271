/**
 * Cross-article identity of people. Mentions with the same name are merged when their
 * employers agree, or when an honour agrees and no employer contradicts; people who share a
 * name but not an employer or honour stay apart. Every merge records why.
 */
import { abbreviates } from "./org-names.ts";

export interface PersonMentionRef {
  /** Index of the mention in the caller's list. */
  ref: number;
  articleId: string;
  name: string;
  /** Canonical organisation keys of the employers stated for this mention. */
  employers: string[];
  /** Canonical honour names stated for this mention. */
  honours: string[];
}

export interface PersonCluster {
  name: string;
  refs: number[];
  employers: string[];
  honours: string[];
  /** The canonical key the person id is made from, e.g. "name+employer:某公司". */
  mergeKey: string;
  /** Why mentions were merged (one line per merge). */
  reasons: string[];
}

/**
 * Employer keys agree when equal, when one is a unit of the other (某局集团 ⊂ 某局集团某段), or when
 * one is a brand-and-initials short name of the other (弘毅航机, 弘毅航空机械: see org-names.ts).
 */
function employersAgree(a: string, b: string): boolean {
  return a === b || a.startsWith(b) || b.startsWith(a) || abbreviates(a, b) || abbreviates(b, a);
}

function anyAgree(as: string[], bs: string[]): string | null {
  for (const a of as) for (const b of bs) if (employersAgree(a, b)) return a.length <= b.length ? a : b;
  return null;
}

function conflict(as: string[], bs: string[]): boolean {
  return as.length > 0 && bs.length > 0 && anyAgree(as, bs) === null;
}

function union<T>(a: T[], b: T[]): T[] {
  return [...new Set([...a, ...b])];
}

/** Cluster the mentions of one name, deterministically (input order does not change the result). */
function clusterOneName(mentions: PersonMentionRef[]): PersonCluster[] {
  const sorted = [...mentions].sort((x, y) => x.articleId.localeCompare(y.articleId) || x.ref - y.ref);
  const clusters: PersonCluster[] = [];
  // Pass 1: mentions with an employer, merged by employer agreement.
  // Pass 2: mentions with honours only, merged by honour agreement into a cluster that does
  // not contradict. Pass 3: mentions with neither stay on their own (one per article).
  const byPass = [
    sorted.filter((m) => m.employers.length > 0),
    sorted.filter((m) => m.employers.length === 0 && m.honours.length > 0),
    sorted.filter((m) => m.employers.length === 0 && m.honours.length === 0),
  ];
  for (const m of byPass[0] ?? []) {
    const target = clusters.find((c) => anyAgree(c.employers, m.employers) !== null);
    if (target) {
      const shared = anyAgree(target.employers, m.employers);
      target.refs.push(m.ref);
      target.employers = union(target.employers, m.employers);
      target.honours = union(target.honours, m.honours);
      target.reasons.push(`${m.articleId}: same name and employer (${shared})`);
    } else {
      clusters.push({
        name: m.name,
        refs: [m.ref],
        employers: [...m.employers],
        honours: [...m.honours],
        mergeKey: "",
        reasons: [],
      });
    }
  }
  for (const m of byPass[1] ?? []) {
    const candidates = clusters.filter(
      (c) => c.honours.some((h) => m.honours.includes(h)) && !conflict(c.employers, m.employers),
    );
    // Ambiguous (two different people hold the honour): keep the mention apart.
    if (candidates.length === 1 && candidates[0]) {
      const target = candidates[0];
      const shared = target.honours.find((h) => m.honours.includes(h));
      target.refs.push(m.ref);
      target.honours = union(target.honours, m.honours);
      target.reasons.push(`${m.articleId}: same name and honour (${shared}), no conflicting employer`);
    } else {
      clusters.push({
        name: m.name,
        refs: [m.ref],
        employers: [],
        honours: [...m.honours],
        mergeKey: "",
        reasons:
          candidates.length > 1
            ? [`${m.articleId}: honour shared by ${candidates.length} people, kept apart`]
            : [],
      });
    }
  }
  for (const m of byPass[2] ?? []) {
    clusters.push({ name: m.name, refs: [m.ref], employers: [], honours: [], mergeKey: "", reasons: [] });
  }
  for (const c of clusters) {
    const first = sorted.find((m) => m.ref === c.refs[0]);
    const employer = [...c.employers].sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
    const honour = [...c.honours].sort()[0];
    c.mergeKey = employer
      ? `name+employer:${employer}`
      : honour
        ? `name+honour:${honour}`
        : `name+article:${first?.articleId ?? ""}`;
  }
  return clusters;
}

export function clusterPersons(mentions: PersonMentionRef[]): PersonCluster[] {
  const byName = new Map<string, PersonMentionRef[]>();
  for (const m of mentions) {
    const list = byName.get(m.name);
    if (list) list.push(m);
    else byName.set(m.name, [m]);
  }
  return [...byName.values()].flatMap(clusterOneName);
}
