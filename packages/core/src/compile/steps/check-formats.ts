// SPDX-License-Identifier: MIT
import { KNOWN_FORMAT_NAMES } from '../../formats/index.js';
import { isObject } from '../../util/json.js';
import { suggestion } from '../describe-problem.js';
import { report, type CompileContext } from '../context.js';
import { schemaPositions } from './schema-positions.js';

/** Every `format` is one tokhai registers (its Vietnamese formats and ajv-formats' set): an unknown one is a typo. */
export const checkFormats = (it: CompileContext): void => {
  const known = [...KNOWN_FORMAT_NAMES];
  for (const pos of schemaPositions(it).positions) {
    const s = pos.schema;
    if (!isObject(s) || !Object.hasOwn(s, 'format')) continue;
    if (typeof s.format !== 'string') continue; // the meta-schema check reports the type
    if (!KNOWN_FORMAT_NAMES.has(s.format))
      report(it, `/schema${pos.pointer}/format`, 'format', `unknown format "${s.format}".${suggestion(s.format, known)} Known formats: ${known.filter((n) => n.startsWith('vn-')).join(', ')}, and the standard ones (date, email, uri, …).`);
  }
};
