// SPDX-License-Identifier: MIT
/**
 * The `vn-commune-code` membership check, run after the engine when `compileForm` has administrative-unit data.
 * Engines check only the shape (5 digits): they are built without data (precompiled modules cannot carry it).
 * The check covers codes reached through `properties`, `items`/`prefixItems`, `allOf` and local `$ref`s, which is
 * where address values live; a code inside `anyOf`/`oneOf`/`if` branches is checked for shape only. When the
 * object holding the code also has a `provinceCode` and the lookup knows `communeInProvince`, the commune must
 * belong to that province (the address convention of the catalog).
 */
import type { RawError } from '../models/engine.js';
import type { AdminUnitNameLookup } from '../computed/types.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import { escapeToken } from '../util/json-pointer.js';
import { isObject, MAX_DEPTH } from '../util/json.js';
import { formatCheck } from '../formats/tokhai.js';
import { asSchemaObject } from '../util/schema-nav.js';
import { getAtPointer, getAtTokens, parentPointer, parseFragmentPointer } from '../util/json-pointer.js';

interface Site {
  /** Data path tokens, `*` for any array index. */
  path: string[];
  schemaPath: string;
}

/** Finds the `vn-commune-code` sites of a schema. */
export const communeCodeSites = (root: JsonSchemaObject): Site[] => {
  const sites: Site[] = [];
  const stack: Array<{ s: unknown; ptr: string; path: string[]; depth: number; refs: number }> = [{ s: root, ptr: '', path: [], depth: 0, refs: 0 }];
  while (stack.length) {
    const { s: raw, ptr, path, depth, refs } = stack.pop()!;
    const s = asSchemaObject(raw);
    if (!s || depth > MAX_DEPTH) continue;
    if (typeof s.$ref === 'string' && s.$ref.startsWith('#') && refs < 32) {
      const tokens = parseFragmentPointer(s.$ref);
      if (tokens) stack.push({ s: getAtTokens(root, tokens), ptr: s.$ref.slice(1), path, depth: depth + 1, refs: refs + 1 });
    }
    if (s.format === 'vn-commune-code') sites.push({ path, schemaPath: `${ptr}/format` });
    if (isObject(s.properties))
      for (const [name, sub] of Object.entries(s.properties))
        stack.push({ s: sub, ptr: `${ptr}/properties/${escapeToken(name)}`, path: [...path, name], depth: depth + 1, refs });
    if (s.items !== undefined && !Array.isArray(s.items)) stack.push({ s: s.items, ptr: `${ptr}/items`, path: [...path, '*'], depth: depth + 1, refs });
    const tuple = Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : [];
    tuple.forEach((sub, i) => stack.push({ s: sub, ptr: `${ptr}/${Array.isArray(s.prefixItems) ? 'prefixItems' : 'items'}/${i}`, path: [...path, String(i)], depth: depth + 1, refs }));
    if (Array.isArray(s.allOf)) s.allOf.forEach((sub, i) => stack.push({ s: sub, ptr: `${ptr}/allOf/${i}`, path, depth: depth + 1, refs }));
  }
  return sites;
};

/** Reports well-formed commune codes that are not in the administrative-unit data. */
export const checkCommuneCodes = (sites: readonly Site[], data: unknown, units: AdminUnitNameLookup): RawError[] => {
  const out: RawError[] = [];
  const shape = formatCheck('vn-commune-code')!;
  for (const site of sites) {
    const stack: Array<{ v: unknown; i: number; ptr: string }> = [{ v: data, i: 0, ptr: '' }];
    while (stack.length) {
      const { v, i, ptr } = stack.pop()!;
      if (i === site.path.length) {
        if (typeof v !== 'string' || !shape.validate(v)) continue;
        const reason = communeProblem(units, v, parentOf(data, ptr));
        if (reason) out.push({ instancePath: ptr, schemaPath: site.schemaPath, keyword: 'format', params: { format: 'vn-commune-code', reason } });
        continue;
      }
      const t = site.path[i];
      if (t === '*') {
        if (Array.isArray(v)) v.forEach((x, k) => stack.push({ v: x, i: i + 1, ptr: `${ptr}/${k}` }));
      } else if (Array.isArray(v) && /^\d+$/.test(t)) stack.push({ v: v[Number(t)], i: i + 1, ptr: `${ptr}/${t}` });
      else if (isObject(v) && Object.hasOwn(v, t)) stack.push({ v: v[t], i: i + 1, ptr: `${ptr}/${escapeToken(t)}` });
    }
  }
  return out;
};

/** The optional membership methods of `@tokhai/vn-data`'s lookup; a bare name lookup works too. */
interface MembershipLookup extends AdminUnitNameLookup {
  hasCommune?(code: string): boolean;
  communeInProvince?(communeCode: string, provinceCode: string): boolean;
}

/** The object holding the value at `pointer` (an address holds `communeCode` beside `provinceCode`). */
const parentOf = (data: unknown, pointer: string): unknown => getAtPointer(data, parentPointer(pointer));

/**
 * Why a well-formed commune code is wrong, or `undefined`: `unknown` when the data does not list it, `province`
 * when the object that holds it names a `provinceCode` the commune does not belong to. A throwing lookup counts
 * as "no answer" (validate never throws).
 */
const communeProblem = (units: MembershipLookup, code: string, holder: unknown): 'unknown' | 'province' | undefined => {
  try {
    const known = typeof units.hasCommune === 'function' ? units.hasCommune(code) : units.name(code) !== undefined;
    if (!known) return 'unknown';
    const province = isObject(holder) ? holder.provinceCode : undefined;
    if (typeof province === 'string' && typeof units.communeInProvince === 'function' && !units.communeInProvince(code, province)) return 'province';
    return undefined;
  } catch {
    return undefined;
  }
};
