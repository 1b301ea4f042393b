// SPDX-License-Identifier: MIT
/**
 * `evaluate(data).hidden` asked about a few data pointers (the pointers of validate's errors): does a hidden field
 * cover this pointer? Answered by deciding only the rules that can hide it, when that is sure to give the full
 * evaluation's answer; otherwise `undefined`, and the caller runs the full evaluation (`settle` in evaluate.ts).
 * On the catalog's birth registration form that is one rule instead of every rule, the whole layout walk and the
 * computed values again.
 *
 * Why the answer is the full evaluation's:
 * 1. A field F covers a pointer P when P is at or under F and F is hidden: no control at F is visible and no
 *    visible field lies strictly under F (`collectHidden`). So P is covered exactly when, for some control pointer
 *    F at or above P, every control at or under F is invisible. A control is visible when its own rule and those of
 *    the layouts around it allow it (the root layout's rules all read the root data).
 * 2. Array items: an item's fields are visible only when their array control is (the walk passes its visibility
 *    down), and that control lies at or under F whenever its items do, so the items never change the answer.
 *    Except when P lies strictly inside an array control's data: then the item fields themselves (one set per
 *    item) may cover P, and only the full evaluation knows them.
 * 3. Rounds: the full evaluation runs the rules again on the data without the hidden values until that settles.
 *    When none of the rules that decide P's controls reads data a rule can hide (`hideablePatterns`; a hidden array
 *    item's pattern ends in `*`, so it overlaps every read of the array whose items stripping moves), stripping
 *    never changes what they read; and when computed values never read hideable data (the engine's `computedAlone`,
 *    which the caller checks), neither do the computed values they may read. So every round decides those controls
 *    as the first round does, on the data with the computed values written (`compute(data).data`).
 */
import { isAtOrUnder, parsePointer } from '../util/json-pointer.js';
import { PatternSet } from './patterns.js';
import type { Program } from './program.js';

/** How one pointer's coverage is decided from the root layout's controls. */
interface PointerQuery {
  /** Root-layout node indices whose visibility is needed, parents before children. */
  nodes: readonly number[];
  /** One group per control pointer at or above the pointer: covered when every node of some group is invisible. */
  groups: readonly (readonly number[])[];
}

/** A root-layout control with data. */
interface RootControl {
  index: number;
  pointer: string;
  /** True for an array control (its items are walked per item). */
  array: boolean;
}

/** Answers "is each pointer covered by a hidden field?" for the data the first round's rules see. */
export interface HiddenAt {
  /**
   * For each pointer, true when a hidden field covers it; `undefined` when one of them needs the full evaluation.
   * `ruleData`: the data with the computed values written (`compute(data).data`, or the data itself).
   */
  (pointers: readonly string[], ruleData: unknown): boolean[] | undefined;
  /** True when `pointer` is decided from its own rules (false: only the full evaluation can tell). */
  targeted(pointer: string): boolean;
}

/** The most pointers whose queries are kept (error pointers repeat from keystroke to keystroke). */
const MAX_CACHED = 10_000;

/** Creates the targeted decision for a compiled layout and the patterns its rules can hide. */
export function createHiddenAt(program: Program, hideable: readonly (readonly string[])[]): HiddenAt {
  const { nodes } = program.template;
  const controls: RootControl[] = [];
  nodes.forEach((node, index) => {
    if (node.data !== undefined) controls.push({ index, pointer: node.data.pointer, array: node.data.array !== undefined });
  });
  // Stripping an array item moves the items after it; its pattern ends in `*`, which overlaps every read of
  // the array, so the patterns as they are cover that too.
  const strippable = new PatternSet(hideable);

  /** The query for one pointer, or `undefined` when only the full evaluation can tell (see the module comment). */
  const build = (pointer: string): PointerQuery | undefined => {
    if (parsePointer(pointer) === undefined) return undefined;
    const candidates: string[] = [];
    for (const c of controls) {
      if (!isAtOrUnder(pointer, c.pointer)) continue;
      if (c.array && c.pointer !== pointer) return undefined;
      if (!candidates.includes(c.pointer)) candidates.push(c.pointer);
    }
    const groups = candidates.map((f) => controls.filter((c) => isAtOrUnder(c.pointer, f)).map((c) => c.index));
    const needed = new Set<number>();
    for (const group of groups) for (const i of group) for (let k = i; k >= 0 && !needed.has(k); k = nodes[k].parent) needed.add(k);
    const order = [...needed].sort((a, b) => a - b);
    for (const i of order) {
      const node = nodes[i];
      if (node.rule?.visible !== undefined && node.reads.some((r) => strippable.overlapsAny(r))) return undefined;
    }
    return { nodes: order, groups };
  };

  const cache = new Map<string, PointerQuery | null>();
  const queryFor = (pointer: string): PointerQuery | undefined => {
    let q = cache.get(pointer);
    if (q === undefined) {
      q = build(pointer) ?? null;
      if (cache.size < MAX_CACHED) cache.set(pointer, q);
    }
    return q ?? undefined;
  };

  // Visibility by node index, shared by the pointers of one call (cleared for each call).
  const visible = new Map<number, boolean>();

  /** Decides the nodes of a query not decided yet; parents come before their children. */
  const decide = (q: PointerQuery, ruleData: unknown): void => {
    for (const i of q.nodes) {
      if (visible.has(i)) continue;
      const node = nodes[i];
      const rule = node.rule?.visible;
      // As the walk: a rule under an invisible layout is not run.
      visible.set(i, (node.parent < 0 || visible.get(node.parent) === true) && (rule === undefined || rule(ruleData)));
    }
  };

  /** True when every node of some group is invisible. */
  const covered = (q: PointerQuery): boolean => {
    for (const group of q.groups) {
      let all = true;
      for (const i of group) if (visible.get(i) !== false) all = false;
      if (all) return true;
    }
    return false;
  };

  const hiddenAt = (pointers: readonly string[], ruleData: unknown): boolean[] | undefined => {
    const queries: PointerQuery[] = [];
    for (const p of pointers) {
      const q = queryFor(p);
      if (q === undefined) return undefined;
      queries.push(q);
    }
    visible.clear();
    const answers: boolean[] = [];
    for (const q of queries) {
      decide(q, ruleData);
      answers.push(covered(q));
    }
    return answers;
  };
  hiddenAt.targeted = (pointer: string): boolean => queryFor(pointer) !== undefined;
  return hiddenAt;
}
