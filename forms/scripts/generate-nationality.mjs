// SPDX-License-Identifier: MIT
// Writes the nationality choice into the catalog: `schema.$defs.nationality` of every form that has one becomes a
// `oneOf` of `{ const: <ISO 3166-1 alpha-2 code>, title: "country.<code>" }` for every country of
// `@tokhai/vn-data`'s `COUNTRIES` (Việt Nam first, then by Vietnamese name in Vietnamese collation), and the forms'
// i18n tables get `country.<code>` in `vi` and `en`. Generated, not hand-typed, so that a vn-data update reaches every
// form the same way; forms/nationality.test.ts fails when a form differs from what this script would write.
//
// Titles are i18n keys (`country.VN`), not literal names with `<path>.enum.<code>` translations: one table entry per
// country serves every field of the form (the birth form has three nationality fields), where `.enum.` keys would
// repeat the 250 names per field and per locale (forms/README.md, "Choices generated from reference data").
//
//   node forms/scripts/generate-nationality.mjs            # rewrite the forms whose list is stale
//   node forms/scripts/generate-nationality.mjs --check    # exit 1 when a form is stale (writes nothing)
//
// Run it after a change to vn-data's countries has been built (`npm run build`: node reads `@tokhai/vn-data` from
// its dist/); the test reads vn-data's sources, so a stale build shows up there.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COUNTRIES } from '@tokhai/vn-data';

const FORMS_DIR = fileURLToPath(new URL('..', import.meta.url));

/** The code listed first: Vietnamese nationality, the answer of most citizens. */
export const HOME_COUNTRY = 'VN';

/** The i18n key of a country's name: `country.VN`. */
export const countryKey = (code) => `country.${code}`;

/** The prefix of every country key, so a country removed from vn-data loses its texts too. */
const COUNTRY_KEY = /^country\.[A-Z]{2}$/;

/**
 * The countries in the order a citizen reads them: Việt Nam first, then by Vietnamese name as Vietnamese sorts it
 * (`Intl.Collator('vi')`: "Ấn Độ" after "Azerbaijan", "Đan Mạch" after "Dominica"), ties by code.
 * @param {readonly import('@tokhai/vn-data').Country[]} countries
 * @returns {import('@tokhai/vn-data').Country[]}
 */
export function orderCountries(countries) {
  const collator = new Intl.Collator('vi');
  const rank = (c) => (c.code === HOME_COUNTRY ? 0 : 1);
  return [...countries].sort((a, b) => rank(a) - rank(b) || collator.compare(a.name.vi, b.name.vi) || (a.code < b.code ? -1 : 1));
}

/**
 * `$defs.nationality`: a string that is one of the country codes, each titled with its i18n key. `previous` is the
 * form's current `$defs.nationality`: its `default` (and only that) is kept, so a form whose default was "VN" keeps it.
 * @param {readonly import('@tokhai/vn-data').Country[]} countries
 * @param {Record<string, unknown>} [previous]
 */
export function nationalitySchema(countries, previous = {}) {
  return {
    type: 'string',
    oneOf: orderCountries(countries).map((c) => ({ const: c.code, title: countryKey(c.code) })),
    ...(previous.default !== undefined ? { default: previous.default } : {}),
  };
}

/**
 * An i18n table with its `country.*` keys replaced by the names in `locale`, keys sorted as the catalog keeps them.
 * @param {Record<string, string>} table
 * @param {readonly import('@tokhai/vn-data').Country[]} countries
 * @param {'vi' | 'en'} locale
 */
export function withCountryTexts(table, countries, locale) {
  const entries = Object.entries(table).filter(([key]) => !COUNTRY_KEY.test(key));
  for (const c of countries) entries.push([countryKey(c.code), c.name[locale]]);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The definition as this script writes it: a new object, the input untouched. A definition without
 * `schema.$defs.nationality` is returned as it is.
 * @template {Record<string, any>} D
 * @param {D} definition
 * @param {readonly import('@tokhai/vn-data').Country[]} [countries]
 * @returns {D}
 */
export function withNationality(definition, countries = COUNTRIES) {
  const previous = definition.schema?.$defs?.nationality;
  if (previous === undefined) return definition;
  const next = structuredClone(definition);
  next.schema.$defs.nationality = nationalitySchema(countries, previous);
  for (const locale of ['vi', 'en']) {
    if (next.i18n?.[locale]) next.i18n[locale] = withCountryTexts(next.i18n[locale], countries, locale);
  }
  return next;
}

/** A definition file's text, as every catalog file is written (two-space JSON, final newline). */
export const formatDefinition = (definition) => JSON.stringify(definition, null, 2) + '\n';

/**
 * The catalog forms that declare `$defs.nationality`: `{ path, text }` of each `forms/<folder>/<id>.form.json`.
 * @param {string} [formsDir]
 */
export function nationalityForms(formsDir = FORMS_DIR) {
  const out = [];
  for (const folder of readdirSync(formsDir, { withFileTypes: true })) {
    if (!folder.isDirectory() || ['dist', 'bundles', 'node_modules', 'scripts'].includes(folder.name)) continue;
    const file = readdirSync(join(formsDir, folder.name)).find((f) => f.endsWith('.form.json'));
    if (!file) continue;
    const path = join(formsDir, folder.name, file);
    const text = readFileSync(path, 'utf8');
    if (JSON.parse(text).schema?.$defs?.nationality !== undefined) out.push({ path, text });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Rewrites (or with `check`, only lists) the stale forms; returns their paths. */
export function generate({ check = false, formsDir = FORMS_DIR } = {}) {
  const stale = [];
  for (const { path, text } of nationalityForms(formsDir)) {
    const next = formatDefinition(withNationality(JSON.parse(text)));
    if (next === text) continue;
    stale.push(path);
    if (!check) writeFileSync(path, next);
  }
  return stale;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const stale = generate({ check }).map((p) => relative(process.cwd(), p));
  if (check && stale.length > 0) {
    console.error(`stale nationality list in:\n  ${stale.join('\n  ')}\nrun: node forms/scripts/generate-nationality.mjs`);
    process.exit(1);
  }
  console.log(stale.length === 0 ? 'nationality lists are up to date' : `${check ? 'stale' : 'wrote'}: ${stale.join(', ')}`);
}
