// SPDX-License-Identifier: MIT
/**
 * Cycles between visibility rules. Hidden values do not count for rules (see evaluate.ts), so a SHOW/HIDE rule
 * that reads data its own element governs, directly or through other rules and computed values, has no stable
 * answer: a group shown only when a checkbox inside it is ticked can never be shown, and a field hidden when it
 * holds "x" flickers. checkLogic reports such cycles; without them the evaluation settles.
 *
 * Paths are patterns: array items are `*`, so a rule inside an item detail stands for the same rule in every item.
 */
import { ANY_INDEX, orderByDependencies, overlaps } from '../computed/order.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import { joinPointer, toPointer } from '../util/json-pointer.js';
import { isObject, MAX_DEPTH } from '../util/json.js';
import { scopeDataPath } from './condition.js';
import { anyItemSchema, isArraySchema, isObjectSchema, resolveScope } from './schema-nav.js';

/** A visibility rule: where it is, what it reads and which data its element governs. */
interface RuleNode {
  /** Definition pointer of the rule. */
  pointer: string;
  reads: string[][];
  governs: string[][];
}

/** Where a walk stands in the layout. */
interface Place {
  element: unknown;
  pointer: string;
  schema: JsonSchemaObject;
  base: string[];
  depth: number;
}

/** Keywords of an object condition schema that read only the properties they name. */
const NARROW_KEYWORDS = new Set(['required', 'properties', 'dependentRequired', 'type', 'title', 'description', '$comment']);

/**
 * What a condition schema reads of the value at `path`: `{required: ["a"]}` on an object reads only `a`, and
 * `properties` narrow recursively; any other keyword (const, enum, minProperties…) reads the whole value.
 */
function schemaReads(schema: unknown, path: readonly string[], depth = 0): string[][] {
  if (!isObject(schema) || depth > MAX_DEPTH || !Object.keys(schema).every((k) => NARROW_KEYWORDS.has(k))) return [[...path]];
  const reads: string[][] = [];
  const names = (v: unknown): string[] => (Array.isArray(v) ? v.filter((n): n is string => typeof n === 'string') : []);
  for (const name of names(schema.required)) reads.push([...path, name]);
  if (isObject(schema.dependentRequired)) {
    for (const [trigger, list] of Object.entries(schema.dependentRequired)) reads.push([...path, trigger], ...names(list).map((n) => [...path, n]));
  }
  if (isObject(schema.properties)) {
    for (const [name, sub] of Object.entries(schema.properties)) reads.push(...schemaReads(sub, [...path, name], depth + 1));
  }
  return reads.length > 0 ? reads : [[...path]];
}

/** The data patterns a condition reads. */
function conditionReads(condition: unknown, base: readonly string[], out: string[][], depth = 0): void {
  if (!isObject(condition) || depth > MAX_DEPTH) return;
  if (Array.isArray(condition.conditions)) {
    for (const c of condition.conditions) conditionReads(c, base, out, depth + 1);
    return;
  }
  const path = scopeDataPath(condition.scope);
  if (path === null) return;
  if (condition.type === undefined && 'schema' in condition) out.push(...schemaReads(condition.schema, [...base, ...path]));
  else out.push([...base, ...path]);
}

/** The child places of a layout element or control (layout children, and array/object details). */
function childPlaces(place: Place, root: JsonSchemaObject): Place[] {
  const el = place.element;
  if (!isObject(el)) return [];
  const kids: Place[] = [];
  if (Array.isArray(el.elements)) {
    el.elements.forEach((child, i) => kids.push({ ...place, element: child, pointer: joinPointer(place.pointer, 'elements', i), depth: place.depth + 1 }));
  }
  if (el.type === 'Control') {
    const resolved = resolveScope(el.scope, place.schema, root);
    // JSON Forms also allows a string here ("GENERATED", "REGISTERED"): anything but a layout means generated.
    const detail = isObject(el.options) && isObject(el.options.detail) ? el.options.detail : undefined;
    if (resolved && isArraySchema(resolved.schema) && detail !== undefined) {
      const item = anyItemSchema(resolved.schema, root) ?? {};
      kids.push({ element: detail, pointer: joinPointer(place.pointer, 'options', 'detail'), schema: item, base: [...place.base, ...resolved.dataPath, ANY_INDEX], depth: place.depth + 1 });
    } else if (resolved && isObjectSchema(resolved.schema) && detail !== undefined) {
      kids.push({ element: detail, pointer: joinPointer(place.pointer, 'options', 'detail'), schema: resolved.schema, base: [...place.base, ...resolved.dataPath], depth: place.depth + 1 });
    }
  }
  return kids.filter((k) => k.depth <= MAX_DEPTH);
}

/** The data patterns of every control in the subtree at `place` (generated details are covered by the array). */
function governedBy(place: Place, root: JsonSchemaObject): string[][] {
  const out: string[][] = [];
  const stack = [place];
  while (stack.length > 0) {
    const p = stack.pop()!;
    if (isObject(p.element) && p.element.type === 'Control') {
      const path = scopeDataPath(p.element.scope);
      if (path !== null) out.push([...p.base, ...path]);
    }
    stack.push(...childPlaces(p, root));
  }
  return out;
}

/** Every element with a SHOW or HIDE rule. */
function visibilityRules(ui: unknown, root: JsonSchemaObject): RuleNode[] {
  const nodes: RuleNode[] = [];
  const stack: Place[] = [{ element: ui, pointer: '/ui', schema: root, base: [], depth: 0 }];
  while (stack.length > 0) {
    const place = stack.pop()!;
    const el = place.element;
    if (!isObject(el)) continue;
    const rule = el.rule;
    if (isObject(rule) && (rule.effect === 'SHOW' || rule.effect === 'HIDE')) {
      const reads: string[][] = [];
      conditionReads(rule.condition, place.base, reads);
      nodes.push({ pointer: joinPointer(place.pointer, 'rule'), reads, governs: governedBy(place, root) });
    }
    stack.push(...childPlaces(place, root));
  }
  return nodes.sort((a, b) => (a.pointer < b.pointer ? -1 : 1));
}

/** Adds, to each read, what the computed values it reads read in turn (transitively). */
function throughComputed(reads: string[][], computed: ReadonlyArray<{ target: string[]; reads: string[][] }>): string[][] {
  const all = [...reads];
  const used = new Set<number>();
  for (let i = 0; i < all.length; i++) {
    computed.forEach((c, j) => {
      if (!used.has(j) && overlaps(all[i], c.target)) {
        used.add(j);
        all.push(...c.reads);
      }
    });
  }
  return all;
}

/** A cycle among visibility rules: the rule pointers in dependency order, and a readable path. */
export interface RuleCycle {
  pointers: string[];
  description: string;
}

/**
 * Finds the cycles between visibility rules. `computed` lists the computed fields' targets and reads, so that a
 * rule reading a computed value depends on what that value reads.
 */
export function findRuleCycles(ui: unknown, root: JsonSchemaObject, computed: ReadonlyArray<{ target: string[]; reads: string[][] }>): RuleCycle[] {
  const nodes = visibilityRules(ui, root).map((n) => ({ ...n, reads: throughComputed(n.reads, computed) }));
  const deps = nodes.map((n) => nodes.flatMap((m, j) => (n.reads.some((r) => m.governs.some((g) => overlaps(r, g))) ? [j] : [])));
  return orderByDependencies(deps).cycles.map((cycle) => {
    const members = cycle.map((i) => nodes[i]);
    const step = (n: RuleNode) => `${n.pointer} (reads ${n.reads.map((r) => toPointer(r)).join(', ')})`;
    return { pointers: members.map((m) => m.pointer), description: members.map(step).join(' → ') };
  });
}
