// SPDX-License-Identifier: MIT
/**
 * The i18n tables, and the definition's texts.
 *
 * - `checkI18n` (a compile step): `vi` is present, every key of one declared locale exists in every other, no text is
 *   empty. These are errors: `compileForm` refuses the definition.
 * - `definitionTextWarnings` (not a step): texts that are probably mistakes but still render, so they are warnings
 *   and must never fail a compilation or a build. A compile problem is always fatal (`FormDefinitionError`), so they
 *   are returned to the caller instead of recorded in the context: `tokhai validate` prints them as warnings.
 *   - `vi-text-without-diacritics`: a Vietnamese text written in plain ASCII ("Ho va ten" for "Họ và tên");
 *   - `text-looks-like-key`: an i18n key shown as a text (a literal label `form.fullName.label` that no table has,
 *     a translation that is a key), or a placeholder left in (`TODO`, `{{name}}`, `lorem ipsum`).
 */
import type { DefinitionProblem } from '../../models/errors.js';
import { LOCALES, type Locale } from '../../models/definition.js';
import { escapeToken } from '../../util/json-pointer.js';
import { isObject } from '../../util/json.js';
import { walkSchema } from '../../util/schema-walk.js';
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

// ---------------------------------------------------------------------------------------------------------------
// Text warnings

/** The codes `definitionTextWarnings` and `textWarnings` report. */
export type TextWarningCode = 'vi-text-without-diacritics' | 'text-looks-like-key';

/**
 * Where a text sits, which says how it is read:
 * - `i18n`: a value of `i18n[locale]` (a translation);
 * - `localized`: a member of a `LocalizedText` (`title.vi`, `procedure.agency.en`…), a text in that locale;
 * - `key-or-text`: a layout label, a schema title, a message override… (an i18n key when a table has it, else a
 *   literal shown as written in every locale, read as Vietnamese, the authoritative language).
 */
type TextKind = 'i18n' | 'localized' | 'key-or-text';

/** One text of a definition and where it is. */
interface TextAt {
  pointer: string;
  text: string;
  kind: TextKind;
  /** The locale of `i18n` and `localized` texts; `vi` for literals. */
  locale: Locale;
}

// --- vi-text-without-diacritics -------------------------------------------------------------------------------
//
// The rule, kept narrow so that it never fires on a correct text. A text is flagged when ALL of these hold:
// 1. it has no letter outside ASCII (a text with any Vietnamese letter has its diacritics, or most of them);
// 2. after URLs, e-mail addresses, `{placeholders}`, tokens with digits (codes: `CT01`, `TK1-TS`) and, in a text
//    that has lower-case letters, all-capital abbreviations (`CMND`, `CCCD`, `BHYT`, `OTP`) are set aside, at least
//    three words remain, and all of them but at most one (a loanword such as "email") are possible Vietnamese
//    syllables (`VIETNAMESE_SYLLABLE`: onset, vowel cluster, final consonant). English rarely passes: "full",
//    "name", "date", "of", "birth", "phone", "email" are not syllables;
// 3. at least two different words are syllables that a correct Vietnamese text writes with a mark, and at least
//    one of them is not also an English word (so "not yet ten" is not Vietnamese). A syllable counts when
//    - its plain spelling is impossible in Vietnamese: `iê`, `yê`, `uô`/`ươ` followed by a final sound, and `ưu`
//      (`nguoi` → người, `dien` → điện, `nguyen` → Nguyễn, `luu` → lưu), or
//    - it is in `MARKED_WORDS`: common form words whose plain spelling is not a Vietnamese word, or a rare one that
//      a form text hardly ever means (`va` → và, `ten` → tên, `ngay` → ngày).
// So "Ho va ten", "Ngay thang nam sinh", "So dien thoai" are flagged; "Email", "CMND/CCCD", "Ma OTP", "Gia Rai"
// (two words), "Nguyen Van An" (one marked syllable), "Date of birth", "Not in the top ten" are not.

/**
 * Plain spellings of common form words that are written with a mark, and the word a form text means by them. Each
 * plain spelling is not a Vietnamese word (`khong`, `giay`, `tich`), or a word that a form text means far less often
 * than the marked one (`cua` crab for của, `voi` elephant for với, `so` compare for số). Those that are also English
 * words are in `ENGLISH_LOOKALIKES`.
 */
const MARKED_WORDS: Readonly<Record<string, string>> = {
  va: 'và', cua: 'của', cac: 'các', hoac: 'hoặc', khong: 'không', voi: 'với', nhung: 'những', neu: 'nếu',
  tu: 'từ', den: 'đến', lam: 'làm', moi: 'mới', nhat: 'nhất', khac: 'khác', loai: 'loại', ro: 'rõ',
  ten: 'tên', ngay: 'ngày', thang: 'tháng', noi: 'nơi', dia: 'địa', so: 'số', to: 'tờ', ky: 'ký', giay: 'giấy',
  tich: 'tịch', toc: 'tộc', gioi: 'giới', nu: 'nữ', chong: 'chồng', thoai: 'thoại', khau: 'khẩu', dem: 'đệm',
  tru: 'trú', he: 'hệ', than: 'thân', thich: 'thích', nhan: 'nhân', cap: 'cấp', can: 'cần', trich: 'trích',
  ngoai: 'ngoài', chet: 'chết', tren: 'trên', loi: 'lời', phap: 'pháp', luat: 'luật', trach: 'trách',
  chiu: 'chịu', xac: 'xác', de: 'để',
};

/** Marked syllables (by either test) that are also English (or French, Spanish) words: they never count alone. */
const ENGLISH_LOOKALIKES: ReadonlySet<string> = new Set([
  'ten', 'to', 'so', 'he', 'den', 'than', 'cap', 'can', 'de', 'yet', 'yen', 'diet', 'quiet', 'lien', 'lieu', 'mien',
]);

/**
 * A possible Vietnamese syllable written without marks: onset, vowel cluster, final consonant. Loose on purpose
 * (it accepts some impossible syllables); its job is to tell Vietnamese from English and codes.
 */
const VIETNAMESE_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:uye|uya|uyu|oai|oay|oao|oeo|uay|ieu|yeu|uoi|uou|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|[aeiouy])(?:ng|nh|ch|[cmnpt])?$/;

/** `iê`/`yê`/`uô`/`ươ` before a final sound, or `ưu`: spellings that need a mark (after a `gi` onset, `ie` is not `iê`). */
const NEEDS_MARK = /(?:ie|ye|uo)(?:ng|nh|ch|[cmnptui])|uu/;

/** Whether a plain-ASCII word is a syllable that a correct Vietnamese text writes with a mark. */
const isMarkedSyllable = (word: string): boolean =>
  Object.hasOwn(MARKED_WORDS, word) || NEEDS_MARK.test(/^gi[aeiouy]/.test(word) ? word.slice(2) : word);

/** `{placeholders}` of message texts, which are not words. */
const BRACED = /\{[^{}]*\}/g;

/** A whitespace-separated part of a text that is not words: a URL or an e-mail address. */
const isAddress = (part: string): boolean => part.includes('@') || /^(?:https?:\/\/|www\.)/i.test(part);

/** Any letter outside ASCII: Vietnamese letters (`ă â đ ê ô ơ ư` and toned vowels), or another script. */
const NON_ASCII_LETTER = /(?!\p{ASCII})\p{L}/u;

/** The marked syllables of a Vietnamese text written without diacritics, or `undefined` when it is not one. */
const unmarkedVietnamese = (text: string): string[] | undefined => {
  if (NON_ASCII_LETTER.test(text)) return undefined;
  // Split on white space first (linear), then set whole parts aside: no pattern here can backtrack.
  const rest = text
    .replace(BRACED, ' ')
    .split(/\s+/)
    .filter((part) => !isAddress(part))
    .join(' ');
  const hasLowerCase = /[a-z]/.test(rest);
  const words = (rest.match(/[A-Za-z0-9]+/g) ?? [])
    .filter((t) => !/\d/.test(t) && !(hasLowerCase && t.length > 1 && t === t.toUpperCase()))
    .map((t) => t.toLowerCase());
  if (words.length < 3) return undefined;
  const syllables = words.filter((w) => VIETNAMESE_SYLLABLE.test(w));
  if (syllables.length < 3 || words.length - syllables.length > 1) return undefined;
  const marked = [...new Set(syllables.filter(isMarkedSyllable))];
  return marked.length >= 2 && marked.some((w) => !ENGLISH_LOOKALIKES.has(w)) ? marked : undefined;
};

const withoutDiacritics = (marked: readonly string[]): string => {
  const shown = marked.slice(0, 3).map((w) => (Object.hasOwn(MARKED_WORDS, w) ? `"${w}" → ${MARKED_WORDS[w]}` : `"${w}"`));
  return `the Vietnamese text is written without diacritics (${shown.join(', ')}${marked.length > 3 ? ', …' : ''}); write it with its marks, in NFC.`;
};

// --- text-looks-like-key --------------------------------------------------------------------------------------

/** Two or more dot-separated identifiers, no spaces: `child.fullName.label`, `step.requester`. */
const DOTTED_NAME = /^[A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*)+$/;

/** Words i18n keys are made of (tokhai's `<path>.label`, `step.<name>`… and the usual ones elsewhere). */
const KEY_WORDS: ReadonlySet<string> = new Set([
  'label', 'description', 'title', 'text', 'step', 'group', 'message', 'enum', 'hint', 'placeholder', 'help',
  'error', 'section', 'form', 'field', 'option', 'button',
]);

/** A file name's extension: `vn.moj.birth-registration.form.json` is a file, not a key. */
const FILE_EXTENSION = /\.(?:json|m?js|ts|pdf|docx?|xlsx?|csv|png|jpe?g|svg|html?|txt|xml|zip|md)$/i;

/**
 * A dotted name with a camelCase part or a key word: `form.fullName.label`, `step.finish`. Domain and file names
 * (`dichvucong.gov.vn`, `mau.form.pdf`) and abbreviations (`TP.HCM`, `v.v.`) are not.
 */
const looksLikeKey = (text: string): boolean =>
  DOTTED_NAME.test(text) &&
  !FILE_EXTENSION.test(text) &&
  text.split('.').some((part) => /[a-z][A-Z]/.test(part) || KEY_WORDS.has(part.toLowerCase()));

/** Placeholders nobody replaces: each pattern and what it is. */
const PLACEHOLDERS: ReadonlyArray<readonly [pattern: RegExp, what: string]> = [
  [/\{\{[^{}]*\}\}/, 'a template placeholder, which tokhai does not fill'],
  [/\$\{[^{}]*\}/, 'a template placeholder, which tokhai does not fill'],
  [/\b(?:TODO|FIXME|TBD)\b/, 'a to-do marker'],
  [/\blorem ipsum\b/i, 'filler text'],
];

const LANGUAGE: Readonly<Record<Locale, string>> = { vi: 'Vietnamese', en: 'English' };

// --- the checks -------------------------------------------------------------------------------------------------

/** The warnings of one text. `keys` are the i18n keys of the definition (a literal equal to one is a key). */
const warningsOf = (t: TextAt, keys: ReadonlySet<string>): DefinitionProblem[] => {
  if (t.kind === 'key-or-text' && keys.has(t.text)) return []; // a key: its translations are checked in i18n
  const found: DefinitionProblem[] = [];
  const warn = (code: TextWarningCode, message: string) => found.push({ pointer: t.pointer, code, message });
  const text = t.text.trim();
  if (t.kind === 'key-or-text' && looksLikeKey(text)) {
    warn('text-looks-like-key', `${JSON.stringify(text)} looks like an i18n key, but no i18n table has it, so it is shown as written; add the key to every i18n table, or write the text.`);
  } else if (looksLikeKey(text) || (keys.has(text) && DOTTED_NAME.test(text))) {
    warn('text-looks-like-key', `the text ${JSON.stringify(text)} looks like an i18n key, not a translation; write the ${LANGUAGE[t.locale]} text.`);
  } else {
    const placeholder = PLACEHOLDERS.map(([pattern, what]) => [pattern.exec(text)?.[0], what] as const).find(([match]) => match !== undefined);
    if (placeholder) warn('text-looks-like-key', `the text contains ${JSON.stringify(placeholder[0])}, ${placeholder[1]}; write the final text.`);
  }
  if (t.locale === 'vi') {
    const marked = unmarkedVietnamese(text);
    if (marked) warn('vi-text-without-diacritics', withoutDiacritics(marked));
  }
  return found;
};

/**
 * The warnings of one text outside a definition (a bundle's `title.vi`, …): `locale` is the language it is written
 * in. Same checks as `definitionTextWarnings`, with no i18n table to look keys up in.
 */
export const textWarnings = (text: string, locale: Locale, pointer = ''): DefinitionProblem[] =>
  typeof text === 'string' ? warningsOf({ pointer, text, kind: 'localized', locale }, new Set()) : [];

/**
 * Texts of a definition that are probably mistakes, as warnings located at their JSON Pointer (codes
 * `vi-text-without-diacritics` and `text-looks-like-key`). Reads any JSON value without throwing; `compileForm`
 * does not run it (it never fails a definition for these).
 */
export const definitionTextWarnings = (definition: unknown): DefinitionProblem[] => {
  if (!isObject(definition)) return [];
  const tables = isObject(definition.i18n) ? definition.i18n : {};
  const keys = new Set<string>();
  for (const locale of LOCALES) if (Object.hasOwn(tables, locale) && isObject(tables[locale])) for (const k of Object.keys(tables[locale])) keys.add(k);
  return definitionTexts(definition).flatMap((t) => warningsOf(t, keys));
};

/** Every text of a definition, in document order of its parts. */
const definitionTexts = (d: Record<string, unknown>): TextAt[] => {
  const texts: TextAt[] = [];
  const localized = (value: unknown, pointer: string) => {
    if (!isObject(value)) return;
    for (const locale of LOCALES) {
      const v = Object.hasOwn(value, locale) ? value[locale] : undefined;
      if (typeof v === 'string') texts.push({ pointer: `${pointer}/${locale}`, text: v, kind: 'localized', locale });
    }
  };
  const keyOrText = (value: unknown, pointer: string) => {
    if (typeof value === 'string') texts.push({ pointer, text: value, kind: 'key-or-text', locale: 'vi' });
  };

  localized(d.title, '/title');
  localized(d.description, '/description');
  if (isObject(d.procedure)) {
    localized(d.procedure.agency, '/procedure/agency');
    localized(d.procedure.inPerson, '/procedure/inPerson');
    if (typeof d.procedure.legalBasis === 'string') texts.push({ pointer: '/procedure/legalBasis', text: d.procedure.legalBasis, kind: 'localized', locale: 'vi' });
  }
  for (const { schema, pointer } of walkSchema(d.schema).positions) {
    if (!isObject(schema)) continue;
    keyOrText(schema.title, `/schema${pointer}/title`);
    keyOrText(schema.description, `/schema${pointer}/description`);
  }
  uiTexts(d.ui, keyOrText);
  if (isObject(d.messages)) {
    for (const [at, byKeyword] of Object.entries(d.messages)) {
      if (!isObject(byKeyword)) continue;
      for (const [keyword, message] of Object.entries(byKeyword)) {
        const pointer = `/messages/${escapeToken(at)}/${escapeToken(keyword)}`;
        if (typeof message === 'string') keyOrText(message, pointer);
        else localized(message, pointer);
      }
    }
  }
  if (Array.isArray(d.migrations)) {
    d.migrations.forEach((m: unknown, i) => {
      if (isObject(m) && Array.isArray(m.operations)) m.operations.forEach((op: unknown, j) => isObject(op) && localized(op.reason, `/migrations/${i}/operations/${j}/reason`));
    });
  }
  const tables = isObject(d.i18n) ? d.i18n : {};
  for (const locale of LOCALES) {
    const table = Object.hasOwn(tables, locale) ? tables[locale] : undefined;
    if (!isObject(table)) continue;
    for (const [key, value] of Object.entries(table)) {
      if (typeof value === 'string') texts.push({ pointer: `/i18n/${locale}/${escapeToken(key)}`, text: value, kind: 'i18n', locale });
    }
  }
  return texts;
};

/** The texts of a layout: every element's `label`, a Label's `text`, `options.placeholder`, and `options.detail`'s. */
const uiTexts = (ui: unknown, keyOrText: (value: unknown, pointer: string) => void): void => {
  // Iterative, like every walk over author input: a hostile layout cannot overflow the stack.
  const stack: [element: unknown, pointer: string][] = [[ui, '/ui']];
  while (stack.length) {
    const [el, pointer] = stack.pop()!;
    if (!isObject(el)) continue;
    keyOrText(el.label, `${pointer}/label`);
    keyOrText(el.text, `${pointer}/text`);
    const options = isObject(el.options) ? el.options : undefined;
    if (options) keyOrText(options.placeholder, `${pointer}/options/placeholder`);
    const children: [unknown, string][] = [];
    if (Array.isArray(el.elements)) el.elements.forEach((child: unknown, i) => children.push([child, `${pointer}/elements/${i}`]));
    if (options && isObject(options.detail)) children.push([options.detail, `${pointer}/options/detail`]);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
};
