/**
 * Picks the layout for a report's kind: report data → format-neutral ReportDocument.
 */
import type { ReportDocument } from "./document.ts";
import { layoutEvent, layoutPerson } from "./layout-entities.ts";
import { layoutHonour, layoutOrg } from "./layout-groups.ts";
import { layoutOverview, layoutPath } from "./layout-summary.ts";
import type { ReportData } from "./types.ts";

export function layoutReport(data: ReportData): ReportDocument {
  const doc = layoutByKind(data);
  const r = data.reviewed;
  if (!r) return doc;
  const line = `已审核 ${r.reviewed}/${r.facts} 条事实 · ${r.reviewed} of ${r.facts} facts reviewed`;
  return { ...doc, subtitle: doc.subtitle ? `${doc.subtitle} · ${line}` : line };
}

function layoutByKind(data: ReportData): ReportDocument {
  switch (data.kind) {
    case "person":
      return layoutPerson(data);
    case "event":
      return layoutEvent(data);
    case "org":
      return layoutOrg(data);
    case "honour":
      return layoutHonour(data);
    case "path":
      return layoutPath(data);
    case "overview":
      return layoutOverview(data);
  }
}
