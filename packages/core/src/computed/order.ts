// SPDX-License-Identifier: MIT
/**
 * The order computed fields run in: a field runs after every field whose target it reads (a chain such as
 * `fullName` → `fullNameUpper`). Kahn's topological sort, with definition order breaking ties so the order is
 * stable; fields caught in a cycle are reported (checkLogic rejects them) and run last, in definition order.
 */
import { overlaps } from './paths.js';

/** Path patterns (paths.ts), re-exported where they were first defined. */
export { ANY_INDEX, overlaps } from './paths.js';

/** A field's target and the data it reads, as token lists. */
export interface DependencyInfo {
  target: readonly string[];
  reads: readonly (readonly string[])[];
}

/** The result of ordering. */
export interface ComputedOrder {
  /** Indices into the field list, in run order (cyclic fields last). */
  order: number[];
  /** Each cycle found, as indices in dependency order (`[a, b]`: a reads b, b reads a). */
  cycles: number[][];
}

/** For each field, the fields it depends on (it reads their target). */
export function dependencies(fields: readonly DependencyInfo[]): number[][] {
  return fields.map((f) =>
    fields.flatMap((g, j) => (f.reads.some((r) => overlaps(r, g.target)) ? [j] : [])),
  );
}

/** Finds the cycles among `remaining` fields (those Kahn's algorithm could not place). */
function findCycles(deps: readonly number[][], remaining: ReadonlySet<number>): number[][] {
  const cycles: number[][] = [];
  const done = new Set<number>();
  for (const start of remaining) {
    if (done.has(start)) continue;
    // Follow dependencies inside `remaining` until a field repeats: everything from its first visit is a cycle.
    const path: number[] = [];
    const seenAt = new Map<number, number>();
    let current: number | undefined = start;
    while (current !== undefined && !seenAt.has(current) && !done.has(current)) {
      seenAt.set(current, path.length);
      path.push(current);
      current = deps[current].find((d) => remaining.has(d) && !done.has(d));
    }
    if (current !== undefined && seenAt.has(current)) cycles.push(path.slice(seenAt.get(current)));
    path.forEach((i) => done.add(i));
  }
  return cycles;
}

/** Orders computed fields by their dependencies. */
export function orderComputed(fields: readonly DependencyInfo[]): ComputedOrder {
  return orderByDependencies(dependencies(fields));
}

/** Orders the nodes of a dependency graph (`deps[i]`: the nodes `i` depends on), finding its cycles. */
export function orderByDependencies(deps: readonly number[][]): ComputedOrder {
  const waitingOn = deps.map((d) => new Set(d));
  const order: number[] = [];
  const placed = new Set<number>();
  for (let progress = true; progress; ) {
    progress = false;
    for (let i = 0; i < deps.length; i++) {
      if (placed.has(i) || [...waitingOn[i]].some((d) => !placed.has(d))) continue;
      order.push(i);
      placed.add(i);
      progress = true;
      break; // restart from the first field: the lowest ready index always goes next (stable order)
    }
  }
  const remaining = new Set(deps.map((_, i) => i).filter((i) => !placed.has(i)));
  return { order: [...order, ...remaining], cycles: findCycles(deps, remaining) };
}
