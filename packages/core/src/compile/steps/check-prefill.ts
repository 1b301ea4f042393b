// SPDX-License-Identifier: MIT
import { PREFILL_TRANSFORMS } from '../../models/definition.js';
import { parsePointer } from '../../util/json-pointer.js';
import { isObject } from '../../util/json.js';
import { schemaAtDataPointer } from '../../util/schema-nav.js';
import { report, type CompileContext } from '../context.js';

const TRANSFORMS: ReadonlySet<string> = new Set(PREFILL_TRANSFORMS);

/** Binding targets resolve in the schema; sources, claims and transforms are well-formed; no target is bound twice by one source. */
export const checkPrefillTargets = (it: CompileContext): void => {
  const bindings = it.definition.prefill;
  if (!Array.isArray(bindings)) return;
  const seen = new Map<string, number>();
  bindings.forEach((b: unknown, i) => {
    const at = `/prefill/${i}`;
    if (!isObject(b)) return;
    if (typeof b.target === 'string') {
      if (parsePointer(b.target) === undefined || b.target === '') report(it, `${at}/target`, 'prefill', `"${b.target}" is not a JSON Pointer to a field (it must start with "/").`);
      else if (!schemaAtDataPointer(it.schema, b.target)) report(it, `${at}/target`, 'prefill', `"${b.target}" does not name a field of the data schema.`);
      const key = `${b.target}\u0000${String(b.source)}`;
      if (seen.has(key)) report(it, `${at}/target`, 'prefill', `"${b.target}" is already bound to source "${String(b.source)}" by /prefill/${seen.get(key)}.`);
      else seen.set(key, i);
    }
    if (typeof b.source === 'string' && b.source.trim() === '') report(it, `${at}/source`, 'prefill', 'the source (provider id) is empty.');
    if (typeof b.claim === 'string' && parsePointer(b.claim) === undefined) report(it, `${at}/claim`, 'prefill', `"${b.claim}" is not a JSON Pointer into the provider's claims (it must be "" or start with "/").`);
    if (b.transform !== undefined && (typeof b.transform !== 'string' || !TRANSFORMS.has(b.transform)))
      report(it, `${at}/transform`, 'prefill', `unknown transform ${JSON.stringify(b.transform)}; known: ${PREFILL_TRANSFORMS.join(', ')}.`);
  });
};
