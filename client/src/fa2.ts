/**
 * ForceAtlas2 (synchronous) with its CommonJS default export unwrapped the same way
 * under Vite, tsx and TypeScript's NodeNext resolution.
 */

import * as fa2Module from "graphology-layout-forceatlas2";
import type { AbstractGraph } from "graphology-types";

export type Fa2Settings = ReturnType<typeof fa2Module.inferSettings>;

export interface Fa2 {
  assign(graph: AbstractGraph, params: { iterations: number; settings?: Partial<Fa2Settings> }): void;
  inferSettings(graph: AbstractGraph | number): Fa2Settings;
}

export const fa2 = ((fa2Module as unknown as { default?: Fa2 }).default ?? fa2Module) as unknown as Fa2;
