// SPDX-License-Identifier: MIT
import { walkSchema } from '../util/schema-walk.js';

/** Keywords kept beside a draft-07 `$ref`: everything else there is ignored by the spec (draft-07 §8.3). */
const REF_SIBLINGS_KEPT = new Set(['$ref', 'definitions', '$schema', '$comment']);

/**
 * Removes the keywords a draft-07 schema writes beside `$ref` (in place, on an engine's private copy). ajv 8 would
 * apply them and cfworker would honour a sibling `$id`; the spec ignores both, so every engine sees the same schema.
 */
export const pruneDraft07RefSiblings = (copy: unknown): void => {
  for (const pos of walkSchema(copy, Number.POSITIVE_INFINITY).positions) {
    const s = pos.schema;
    if (typeof s === 'object' && typeof s.$ref === 'string') for (const k of Object.keys(s)) if (!REF_SIBLINGS_KEPT.has(k)) delete s[k];
  }
};
