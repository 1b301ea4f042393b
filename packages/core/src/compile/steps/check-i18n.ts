// SPDX-License-Identifier: MIT
import { LOCALES } from '../../models/definition.js';
import { escapeToken } from '../../util/json-pointer.js';
import { isObject } from '../../util/json.js';
import { report, type CompileContext } from '../context.js';

/** `vi` is present, and every key of one declared locale exists in every other. */
export const checkI18n = (it: CompileContext): void => {
  const tables = it.definition.i18n;
  if (tables === undefined || !isObject(tables)) return;
  const declared = LOCALES.filter((l) => isObject(tables[l]));
  if (!declared.includes('vi')) return; // reported by the meta-schema check ("missing vi")
  for (const locale of declared) {
    const table = tables[locale] as Record<string, unknown>;
    for (const other of declared) {
      if (other === locale) continue;
      const otherTable = tables[other] as Record<string, unknown>;
      for (const key of Object.keys(table))
        if (!Object.hasOwn(otherTable, key))
          report(it, `/i18n/${other}`, 'i18n', `key "${key}" exists in "${locale}" but not in "${other}"; add it (pointer /i18n/${locale}/${escapeToken(key)}).`);
    }
    for (const [key, value] of Object.entries(table))
      if (typeof value === 'string' && value.trim() === '') report(it, `/i18n/${locale}/${escapeToken(key)}`, 'i18n', 'the text is empty.');
  }
};
