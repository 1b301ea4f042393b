// SPDX-License-Identifier: MIT
/**
 * The texts of the definition problems that explain a common authoring mistake in place of the meta-schema's
 * generic errors (steps/explain-meta-errors.ts), in Vietnamese and English: form authors read them in CI logs and
 * editors, and `tokhai validate --locale vi` prints them in Vietnamese. Kept apart from the validation messages
 * (`vi.ts`, `en.ts`), which every bundle carries: only the definition compiler (a chunk of its own) imports these.
 */
import type { Locale } from '../models/definition.js';

/** What the explanation of one mistake is given. */
export interface MistakeParams {
  /** The value the author wrote (a string, or any JSON value for a wrong type). */
  value: unknown;
  /** The value the author probably meant, when one is close (`"Control"` for `"control"`). */
  suggestion?: string;
  /** The values allowed there, in the order the format documents them. */
  allowed: readonly string[];
}

/** The explanation texts of one locale. */
export interface DefinitionProblemTexts {
  /** A UI element whose `type` is a string that is not an element type (`"control"`). */
  uiType: (p: MistakeParams) => string;
  /** A UI element without `type`. */
  uiTypeMissing: (p: MistakeParams) => string;
  /** A rule `effect` that is not one (`"show"`). */
  ruleEffect: (p: MistakeParams) => string;
  /** A condition `type` that is not one (`"leaf"`). */
  conditionType: (p: MistakeParams) => string;
  /** A definition `version` that is not a semantic version (`"1.0"`, `1`). */
  version: (p: MistakeParams) => string;
}

/** `"x"` for a string, JSON for anything else. */
const shown = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v));

/** Whether the suggestion differs from the value only in letter case. */
const caseOnly = (value: unknown, suggestion: string | undefined): boolean =>
  suggestion !== undefined && typeof value === 'string' && value.toLowerCase() === suggestion.toLowerCase();

/** `A, B or C` with the locale's last conjunction. */
const either = (values: readonly string[], or: string): string =>
  values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} ${or} ${values[values.length - 1]}`;

const en: DefinitionProblemTexts = {
  uiType: ({ value, suggestion, allowed }) =>
    suggestion === undefined
      ? `${shown(value)} is not a UI schema element type: use ${either(allowed, 'or')}.`
      : caseOnly(value, suggestion)
        ? `${shown(value)} is not a UI schema element type; did you mean "${suggestion}"? (element types are case-sensitive)`
        : `${shown(value)} is not a UI schema element type; did you mean "${suggestion}"? (the types are ${either(allowed, 'and')})`,
  uiTypeMissing: ({ suggestion, allowed }) =>
    `the UI schema element has no "type"${suggestion !== undefined ? ` (by its members, probably "${suggestion}")` : ''}: add one of ${either(allowed, 'or')}.`,
  ruleEffect: ({ value, suggestion, allowed }) =>
    `${shown(value)} is not a rule effect: use ${either(allowed, 'or')}${caseOnly(value, suggestion) ? ' (effects are upper-case)' : suggestion !== undefined ? ` (did you mean "${suggestion}"?)` : ''}.`,
  conditionType: ({ value, suggestion, allowed }) =>
    `${shown(value)} is not a condition type: use ${either(allowed, 'or')}${caseOnly(value, suggestion) ? ' (condition types are upper-case)' : ''}, or leave "type" out for a schema condition { "scope", "schema" }.`,
  version: ({ value, suggestion }) =>
    `${shown(value)} is not a version number: use MAJOR.MINOR.PATCH (semantic versioning)${typeof value === 'string' ? '' : ' written as a string'}, e.g. "${suggestion ?? '1.0.0'}".`,
};

const vi: DefinitionProblemTexts = {
  uiType: ({ value, suggestion, allowed }) =>
    suggestion === undefined
      ? `${shown(value)} không phải là loại phần tử của bố cục (UI schema): dùng ${either(allowed, 'hoặc')}.`
      : caseOnly(value, suggestion)
        ? `${shown(value)} không phải là loại phần tử của bố cục (UI schema); có phải ý bạn là "${suggestion}"? (loại phần tử phân biệt chữ hoa, chữ thường)`
        : `${shown(value)} không phải là loại phần tử của bố cục (UI schema); có phải ý bạn là "${suggestion}"? (các loại là ${either(allowed, 'và')})`,
  uiTypeMissing: ({ suggestion, allowed }) =>
    `phần tử của bố cục (UI schema) thiếu "type"${suggestion !== undefined ? ` (theo các thuộc tính của nó, có lẽ là "${suggestion}")` : ''}: thêm một trong các loại ${either(allowed, 'hoặc')}.`,
  ruleEffect: ({ value, suggestion, allowed }) =>
    `${shown(value)} không phải là hiệu ứng của quy tắc (rule effect): dùng ${either(allowed, 'hoặc')}${caseOnly(value, suggestion) ? ' (viết hoa)' : suggestion !== undefined ? ` (có phải ý bạn là "${suggestion}"?)` : ''}.`,
  conditionType: ({ value, suggestion, allowed }) =>
    `${shown(value)} không phải là loại điều kiện: dùng ${either(allowed, 'hoặc')}${caseOnly(value, suggestion) ? ' (viết hoa)' : ''}, hoặc bỏ "type" để dùng điều kiện theo schema { "scope", "schema" }.`,
  version: ({ value, suggestion }) =>
    `${shown(value)} không phải là số phiên bản hợp lệ: dùng dạng MAJOR.MINOR.PATCH (phiên bản ngữ nghĩa)${typeof value === 'string' ? '' : ', viết dưới dạng chuỗi'}, ví dụ "${suggestion ?? '1.0.0'}".`,
};

/** The explanation texts by locale. */
export const DEFINITION_PROBLEM_TEXTS: Readonly<Record<Locale, DefinitionProblemTexts>> = { vi, en };
