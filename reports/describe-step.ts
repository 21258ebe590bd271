/**
 * Sentences (Chinese and English) for one relationship of a path, and for two relationships of
 * the same type that meet at a shared node ("A 和 B 都在「E」上发言").
 */
import type { RelType } from "../model/types.ts";
import type { NodeRef } from "./types.ts";

const q = (n: NodeRef) => (n.label === "Article" ? `《${n.name}》` : `「${n.name}」`);

/** A step from the relationship's source to its target. */
export function describeStep(
  type: RelType,
  source: NodeRef,
  target: NodeRef,
  qualifier: string | null,
): { text: string; textEn: string } {
  const s = source.name;
  const t = q(target);
  switch (type) {
    case "HAS_HONOUR":
      return {
        text: `${s}获得${t}${qualifier ? `（${qualifier}年）` : ""}`,
        textEn: `${s} holds ${target.name}${qualifier ? ` (${qualifier})` : ""}`,
      };
    case "WORKS_FOR":
      return {
        text: `${s}就职于${t}${qualifier ? `，任${qualifier}` : ""}`,
        textEn: `${s} works for ${target.name}${qualifier ? ` as ${qualifier}` : ""}`,
      };
    case "SPOKE_AT":
      return {
        text: `${s}在${t}上发言${qualifier ? `，题为《${qualifier}》` : ""}`,
        textEn: `${s} spoke at ${target.name}${qualifier ? `: “${qualifier}”` : ""}`,
      };
    case "ORGANIZED_BY":
      return {
        text: `${q(source)}由${target.name}${qualifier ?? "组织"}`,
        textEn: `${source.name} was organised${qualifier ? ` (${qualifier})` : ""} by ${target.name}`,
      };
    case "HELD_AT":
      return {
        text: `${q(source)}在${target.name}举行`,
        textEn: `${source.name} was held at ${target.name}`,
      };
    case "REPORTED":
      return {
        text: `${s}署名报道${t}`,
        textEn: `${s} is credited${qualifier ? ` (${qualifier})` : ""} on “${target.name}”`,
      };
  }
}

/** Two sources of the same relationship type meeting at `shared` (their common target). */
export function describeShared(
  type: RelType,
  a: NodeRef,
  b: NodeRef,
  shared: NodeRef,
): { text: string; textEn: string } {
  const both = `${a.name}和${b.name}都`;
  const bothEn = `${a.name} and ${b.name} both`;
  const x = q(shared);
  switch (type) {
    case "HAS_HONOUR":
      return { text: `${both}获得${x}`, textEn: `${bothEn} hold ${shared.name}` };
    case "WORKS_FOR":
      return { text: `${both}就职于${x}`, textEn: `${bothEn} work for ${shared.name}` };
    case "SPOKE_AT":
      return { text: `${both}在${x}上发言`, textEn: `${bothEn} spoke at ${shared.name}` };
    case "ORGANIZED_BY":
      return {
        text: `${q(a)}和${q(b)}都由${shared.name}组织`,
        textEn: `${bothEn} were organised by ${shared.name}`,
      };
    case "HELD_AT":
      return {
        text: `${q(a)}和${q(b)}都在${shared.name}举行`,
        textEn: `${bothEn} were held at ${shared.name}`,
      };
    case "REPORTED":
      return { text: `${both}署名报道${x}`, textEn: `${bothEn} are credited on “${shared.name}”` };
  }
}
