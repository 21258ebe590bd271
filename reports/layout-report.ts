/**
 * Picks the layout for a report's kind: report data → format-neutral ReportDocument.
 */
import type { ReportDocument } from "./document.ts";
import { layoutEvent, layoutPerson } from "./layout-entities.ts";
import { layoutHonour, layoutOrg } from "./layout-groups.ts";
import { layoutOverview, layoutPath } from "./layout-summary.ts";
import type { ReportData } from "./types.ts";

export function layoutReport(data: ReportData): ReportDocument {
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
