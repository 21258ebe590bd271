/** The GEXF writer alone (the package's browser entry also loads a DOMParser-based parser). */
declare module "graphology-gexf/browser/writer.js" {
  const write: typeof import("graphology-gexf/browser/index.js").write;
  export = write;
}
