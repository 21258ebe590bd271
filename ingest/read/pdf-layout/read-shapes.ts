/**
 * Drawn shapes from a pdfjs operator list: filled or stroked paths' bounding boxes, placed
 * with the current transform, in top-down page units. Thin ones are rules, large non-white
 * fills are photo boxes (or tints). Images drawn as XObjects count as fills.
 */
import type { Shape } from "./types.ts";

type Matrix = [number, number, number, number, number, number];

function mul(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

export interface Ops {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  setFillRGBColor: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  fill: number;
  eoFill: number;
  stroke: number;
  fillStroke: number;
  eoFillStroke: number;
  closeStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

function isWhite(args: unknown): boolean {
  const a = args as unknown[];
  const v = a?.[0];
  if (typeof v === "string") return /^#?f{6}$/i.test(v);
  return a?.length === 3 && a.every((x) => typeof x === "number" && x >= 250);
}

export function readShapes(list: OperatorList, ops: Ops, view: number[]): Shape[] {
  const [vx = 0, , , vy1 = 0] = view;
  const painting = new Set([
    ops.fill,
    ops.eoFill,
    ops.stroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const images = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject]);
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let white = false;
  const stack: { ctm: Matrix; white: boolean }[] = [];
  const shapes: Shape[] = [];
  const add = (x0: number, y0: number, x1: number, y1: number, fill: boolean) => {
    const [ax, ay] = apply(ctm, x0, y0);
    const [bx, by] = apply(ctm, x1, y1);
    const box = {
      x0: Math.min(ax, bx) - vx,
      x1: Math.max(ax, bx) - vx,
      y0: vy1 - Math.max(ay, by),
      y1: vy1 - Math.min(ay, by),
    };
    const thin = Math.min(box.x1 - box.x0, box.y1 - box.y0) < 3;
    if (!thin && (!fill || white)) return;
    shapes.push({ ...box, kind: thin ? "rule" : "fill" });
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === ops.save) stack.push({ ctm, white });
    else if (fn === ops.restore) ({ ctm, white } = stack.pop() ?? { ctm, white });
    else if (fn === ops.transform) ctm = mul(ctm, args as unknown as Matrix);
    else if (fn === ops.setFillRGBColor) white = isWhite(args);
    else if (fn === ops.constructPath) {
      const op = args[0] as number;
      const mm = args[2] as ArrayLike<number> | undefined;
      if (!painting.has(op) || !mm || mm.length < 4) continue;
      const fill = op !== ops.stroke && op !== ops.closeStroke;
      add(mm[0]!, mm[1]!, mm[2]!, mm[3]!, fill);
    } else if (images.has(fn as number)) {
      const saved: boolean = white;
      white = false;
      add(0, 0, 1, 1, true);
      white = saved;
    }
  }
  return shapes;
}
