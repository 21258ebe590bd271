/**
 * Bylines and credits in the genre's forms: leading `本报讯（记者 X 通讯员 Y）` and its
 * variants, end bylines, and photo credits `… 摄`. Records reporters and photographers.
 */
import type { World } from "./build-world.ts";
import type { Rng } from "./prng.ts";

export interface Byline {
  /** Text put before the first body sentence (may be empty). */
  lead: string;
  /** Line(s) appended after the body (may be empty). */
  tail: string[];
  /** Text appended to the last body paragraph, e.g. `（记者 X）` (may be empty). */
  endOfBody: string;
  reporters: string[];
  photographers: string[];
}

/** Two-character names are sometimes padded to three columns: `李  明`. */
function pad(rng: Rng, name: string): string {
  return name.length === 2 && rng.chance(0.25) ? `${name[0]}  ${name[1]}` : name;
}

export function writeByline(rng: Rng, world: World, cityShort: string, dateline: string | null): Byline {
  const reporter = rng.pick(world.reporters);
  const corr = rng.sample(
    world.correspondents,
    rng.weighted([
      [0, 40],
      [1, 45],
      [2, 15],
    ] as const),
  );
  const reporters = [reporter, ...corr];
  const corrText = corr.map((n) => pad(rng, n)).join(" ");
  const inner =
    corr.length > 0 ? `记者 ${pad(rng, reporter)} 通讯员 ${corrText}` : `记者 ${pad(rng, reporter)}`;
  const form = rng.weighted<string>([
    ["bao", 50],
    ["dateline", 15],
    ["bare", 10],
    ["end", 15],
    ["corr-end", 10],
  ]);
  const b: Byline = { lead: "", tail: [], endOfBody: "", reporters, photographers: [] };
  switch (form) {
    case "bao":
      b.lead = `本报讯（${inner}）`;
      break;
    case "dateline":
      b.lead = dateline ? `本报${cityShort}${dateline}电（${inner}）` : `本报讯（${inner}）`;
      break;
    case "bare":
      b.lead = rng.chance(0.5) ? `本报讯 ${inner} ` : `本报讯 ${inner}报道 `;
      break;
    case "end":
      b.endOfBody = `（${inner}）`;
      break;
    default:
      // Reporter-less item: correspondents credited on their own line at the end.
      b.reporters = corr.length > 0 ? corr : [reporter];
      b.tail.push(`通讯员 ${corr.length > 0 ? corrText : pad(rng, reporter)}`);
      break;
  }
  if (rng.chance(0.45)) {
    const own = rng.chance(0.3);
    const who = own ? reporter : rng.pick(world.correspondents);
    b.photographers.push(who);
    const credit = own
      ? rng.pick([`本报记者 ${pad(rng, who)} 摄`, `记者 ${pad(rng, who)} 摄`, `${who}/摄`])
      : rng.pick([`通讯员 ${pad(rng, who)} 摄`, `${who}/摄`, `图为活动现场。 ${who} 摄`]);
    b.tail.push(credit);
  }
  return b;
}
