/**
 * The reliability block diagram's geometry, computed from the architecture tree: series as blocks
 * in a row (long rows wrap onto the next line), parallel, k-of-n, replicas and failover as blocks
 * stacked between two rails with a caption ("2 of 3", "any 1 of 2", "failover, switch 150 s"),
 * the standby marked, the switch drawn on the left rail. Pure: positions in SVG user units, no
 * DOM, no i18n (captions are data the component puts into words).
 */
import type { NodeSpec } from '../../state/factories.ts';

export const BOX_W = 168;
export const BOX_H = 46;
/** Horizontal gap between blocks in series (room for the wire). */
export const GAP_X = 26;
/** Vertical gap between stacked blocks. */
export const GAP_Y = 12;
/** Space between a rail and the blocks it joins. */
export const RAIL = 16;
/** Height of a group's caption above its blocks. */
export const CAPTION_H = 20;
/** Gap between the wrapped lines of a long series. */
export const LINE_GAP = 26;
/** Margin around the whole drawing. */
export const MARGIN = 10;

/** A block: one component (or one drawn copy of it), or "n more" when the drawing is cut short. */
export interface Box {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** Which drawn copy of the node this is (0 for the first; k-of-n and replicas draw up to 3). */
  readonly copy: number;
  /** A failover's standby (drawn dashed), a primary, or neither. */
  readonly role: 'primary' | 'standby' | null;
  /** Components left out of the drawing, on a "more" block (0 on real blocks). */
  readonly more: number;
}

export type Caption =
  | { readonly type: 'parallel'; readonly n: number }
  | { readonly type: 'k-of-n'; readonly k: string; readonly n: string; readonly drawn: number }
  | { readonly type: 'replicas'; readonly n: string; readonly drawn: number }
  | { readonly type: 'failover'; readonly switchSeconds: string }
  /** A failover's primary or standby that is a group: framed and named by its role. */
  | { readonly type: 'role'; readonly role: 'primary' | 'standby' };

/** A redundant group: its outline and caption (the node id selects it in the tree). */
export interface Frame {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly caption: Caption;
}

export interface RbdLayout {
  readonly width: number;
  readonly height: number;
  readonly boxes: readonly Box[];
  readonly frames: readonly Frame[];
  /** Every wire and rail, as one SVG path ("M x y H x V y ..."). */
  readonly wires: string;
  /** Where each failover's switch sits (on its left rail). */
  readonly switches: readonly { readonly id: string; readonly x: number; readonly y: number }[];
}

export interface LayoutOptions {
  /** A series longer than this wraps onto more lines. */
  readonly wrap?: number;
  /** At most this many blocks are drawn; the rest of a group becomes one "n more" block. */
  readonly maxBoxes?: number;
  /** Deeper nodes are drawn as one "more" block. */
  readonly maxDepth?: number;
}

/** A measured shape: size, where the wire enters (left edge) and leaves (right edge), and how to place it. */
interface Shape {
  readonly w: number;
  readonly h: number;
  readonly inY: number;
  readonly outY: number;
  place(x: number, y: number, out: Out): void;
}

interface Out {
  boxes: Box[];
  frames: Frame[];
  wires: string[];
  switches: { id: string; x: number; y: number }[];
}

/** A count from the document (a string or a number) as a small positive integer for drawing; 1 when it is not one. */
function count(v: unknown): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,7}$/.test(v.trim()) ? Number(v.trim()) : NaN;
  return Number.isSafeInteger(n) && n >= 1 ? n : 1;
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? v.toString() : '?';
}

/** Components under a node (a k-of-n member counts once), iteratively. */
function componentCount(node: NodeSpec): number {
  let n = 0;
  const stack: NodeSpec[] = [node];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (x.kind === 'component') n++;
    else if (x.kind === 'k-of-n') stack.push(x.member);
    else if (x.kind === 'failover') stack.push(x.primary, x.standby);
    else stack.push(...x.children);
  }
  return n;
}

function box(id: string, copy: number, role: Box['role'], more = 0): Shape {
  return {
    w: BOX_W,
    h: BOX_H,
    inY: BOX_H / 2,
    outY: BOX_H / 2,
    place(x, y, out) {
      out.boxes.push({ id, x, y, w: BOX_W, h: BOX_H, copy, role, more });
    },
  };
}

/** A horizontal-vertical-horizontal wire from (x1, y1) to (x2, y2), bending halfway. */
function elbow(x1: number, y1: number, x2: number, y2: number): string {
  if (y1 === y2) return `M${x1} ${y1}H${x2}`;
  const mid = (x1 + x2) / 2;
  return `M${x1} ${y1}H${mid}V${y2}H${x2}`;
}

/** Parts in a row, joined left to right, aligned on their entry wire. */
function row(parts: readonly Shape[]): Shape {
  const inY = Math.max(...parts.map((p) => p.inY));
  const h = Math.max(...parts.map((p) => inY - p.inY + p.h));
  const w = parts.reduce((s, p) => s + p.w, 0) + GAP_X * (parts.length - 1);
  const last = parts[parts.length - 1]!;
  return {
    w,
    h,
    inY,
    outY: inY - last.inY + last.outY,
    place(x, y, out) {
      let cx = x;
      let prevOut: [number, number] | null = null;
      for (const p of parts) {
        const py = y + inY - p.inY;
        if (prevOut) out.wires.push(elbow(prevOut[0], prevOut[1], cx, py + p.inY));
        p.place(cx, py, out);
        prevOut = [cx + p.w, py + p.outY];
        cx += p.w + GAP_X;
      }
    },
  };
}

/** A long series on several lines: each line's end wires down and back to the next line's start. */
function lines(parts: readonly Shape[], wrap: number): Shape {
  if (parts.length <= wrap) return row(parts);
  const rows: Shape[] = [];
  for (let i = 0; i < parts.length; i += wrap) rows.push(row(parts.slice(i, i + wrap)));
  const inner = Math.max(...rows.map((r) => r.w));
  const w = inner + 2 * RAIL;
  const h = rows.reduce((s, r) => s + r.h, 0) + LINE_GAP * (rows.length - 1);
  const lastTop = h - rows[rows.length - 1]!.h;
  return {
    w,
    h,
    inY: rows[0]!.inY,
    outY: lastTop + rows[rows.length - 1]!.outY,
    place(x, y, out) {
      let top = y;
      rows.forEach((r, i) => {
        const first = i === 0;
        const lastRow = i === rows.length - 1;
        r.place(x + RAIL, top, out);
        if (first) out.wires.push(`M${x} ${top + r.inY}H${x + RAIL}`);
        if (lastRow) out.wires.push(`M${x + RAIL + r.w} ${top + r.outY}H${x + w}`);
        else {
          // Down the right side, back along the gap, down the left side into the next line.
          const next = rows[i + 1]!;
          const gapY = top + r.h + LINE_GAP / 2;
          const nextTop = top + r.h + LINE_GAP;
          out.wires.push(`M${x + RAIL + r.w} ${top + r.outY}H${x + w - RAIL / 2}V${gapY}H${x + RAIL / 2}V${nextTop + next.inY}H${x + RAIL}`);
        }
        top += r.h + LINE_GAP;
      });
    },
  };
}

/** Parts stacked between two rails under a caption. */
function stack(id: string, parts: readonly Shape[], caption: Caption, isFailover: boolean): Shape {
  const inner = Math.max(...parts.map((p) => p.w));
  const w = inner + 2 * RAIL;
  const h = CAPTION_H + parts.reduce((s, p) => s + p.h, 0) + GAP_Y * (parts.length - 1) + GAP_Y / 2;
  // Entry and exit at the middle of the rails.
  const ins: number[] = [];
  const outs: number[] = [];
  let top = CAPTION_H;
  for (const p of parts) {
    ins.push(top + p.inY);
    outs.push(top + p.outY);
    top += p.h + GAP_Y;
  }
  const inY = (ins[0]! + ins[ins.length - 1]!) / 2;
  const outY = (outs[0]! + outs[outs.length - 1]!) / 2;
  return {
    w,
    h,
    inY,
    outY,
    place(x, y, out) {
      out.frames.push({ id, x, y, w, h, caption });
      const left = x + RAIL / 2;
      const right = x + w - RAIL / 2;
      out.wires.push(`M${x} ${y + inY}H${left}`, `M${left} ${y + ins[0]!}V${y + ins[ins.length - 1]!}`);
      out.wires.push(`M${right} ${y + outs[0]!}V${y + outs[outs.length - 1]!}`, `M${right} ${y + outY}H${x + w}`);
      if (isFailover) out.switches.push({ id, x: left, y: y + inY });
      let cy = y + CAPTION_H;
      for (const p of parts) {
        p.place(x + RAIL, cy, out);
        out.wires.push(`M${left} ${cy + p.inY}H${x + RAIL}`, `M${x + RAIL + p.w} ${cy + p.outY}H${right}`);
        cy += p.h + GAP_Y;
      }
    },
  };
}

/** A group in a failover's primary or standby place: framed under a caption naming its role. */
function framed(id: string, inner: Shape, role: 'primary' | 'standby'): Shape {
  const w = inner.w + RAIL;
  const h = CAPTION_H + inner.h + GAP_Y / 2;
  return {
    w,
    h,
    inY: CAPTION_H + inner.inY,
    outY: CAPTION_H + inner.outY,
    place(x, y, out) {
      out.frames.push({ id, x, y, w, h, caption: { type: 'role', role } });
      out.wires.push(`M${x} ${y + CAPTION_H + inner.inY}H${x + RAIL / 2}`, `M${x + RAIL / 2 + inner.w} ${y + CAPTION_H + inner.outY}H${x + w}`);
      inner.place(x + RAIL / 2, y + CAPTION_H, out);
    },
  };
}

/** Lay the architecture out as a reliability block diagram. */
export function layoutRbd(root: NodeSpec | null | undefined, options: LayoutOptions = {}): RbdLayout {
  const wrap = Math.max(1, options.wrap ?? 5);
  const maxDepth = Math.max(1, options.maxDepth ?? 24);
  let budget = Math.max(1, options.maxBoxes ?? 120);
  if (!root) return { width: 0, height: 0, boxes: [], frames: [], wires: '', switches: [] };

  const measure = (node: NodeSpec, depth: number, role: Box['role']): Shape => {
    if (depth > maxDepth || budget <= 0) {
      budget--;
      return box(node.id, 0, role, componentCount(node));
    }
    switch (node.kind) {
      case 'component': {
        const n = node.replicas === undefined ? 1 : count(node.replicas);
        if (n <= 1) {
          budget--;
          return box(node.id, 0, role);
        }
        const drawn = Math.min(3, n);
        budget -= drawn;
        const copies = Array.from({ length: drawn }, (_, i) => box(node.id, i, role));
        return stack(node.id, copies, { type: 'replicas', n: text(node.replicas), drawn }, false);
      }
      case 'series':
      case 'parallel': {
        const parts: Shape[] = [];
        for (let i = 0; i < node.children.length; i++) {
          if (budget <= 0) {
            const rest = node.children.slice(i).reduce((s, c) => s + componentCount(c), 0);
            parts.push(box(node.id, 0, null, rest));
            break;
          }
          parts.push(measure(node.children[i]!, depth + 1, null));
        }
        if (parts.length === 0) {
          budget--;
          return box(node.id, 0, role, 0);
        }
        return node.kind === 'series' ? lines(parts, wrap) : stack(node.id, parts, { type: 'parallel', n: node.children.length }, false);
      }
      case 'k-of-n': {
        const n = count(node.n);
        const drawn = Math.min(3, n);
        const copies = Array.from({ length: drawn }, () => measure(node.member, depth + 1, null));
        return stack(node.id, copies, { type: 'k-of-n', k: text(node.k), n: text(node.n), drawn }, false);
      }
      case 'failover': {
        const part = (n: NodeSpec, r: 'primary' | 'standby'): Shape => (n.kind === 'component' ? measure(n, depth + 1, r) : framed(n.id, measure(n, depth + 1, null), r));
        return stack(node.id, [part(node.primary, 'primary'), part(node.standby, 'standby')], { type: 'failover', switchSeconds: text(node.switchSeconds) }, true);
      }
    }
  };

  const shape = measure(root, 0, null);
  const out: Out = { boxes: [], frames: [], wires: [], switches: [] };
  // The diagram's own entry and exit stubs, so the chain visibly runs from end to end.
  shape.place(MARGIN + RAIL, MARGIN, out);
  out.wires.push(`M${MARGIN} ${MARGIN + shape.inY}H${MARGIN + RAIL}`, `M${MARGIN + RAIL + shape.w} ${MARGIN + shape.outY}H${MARGIN + 2 * RAIL + shape.w}`);
  const copies = new Map<string, number>();
  // k-of-n copies of a member share its ids: number them in drawing order.
  const boxes = out.boxes.map((b) => {
    const seen = copies.get(b.id) ?? 0;
    copies.set(b.id, seen + 1);
    return b.copy === 0 && seen > 0 ? { ...b, copy: seen } : b;
  });
  return {
    width: shape.w + 2 * RAIL + 2 * MARGIN,
    height: shape.h + 2 * MARGIN,
    boxes,
    frames: out.frames,
    wires: out.wires.join(''),
    switches: out.switches,
  };
}
