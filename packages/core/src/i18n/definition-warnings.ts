// SPDX-License-Identifier: MIT
/**
 * The texts of `definitionWarnings`' authoring warnings (compile/steps/definition-warnings.ts), in Vietnamese and
 * English: typos a definition compiles with but that make the form behave wrongly. Only the CLI and other callers of
 * `definitionWarnings` import these; no bundle that renders forms does.
 */
import type { Locale } from '../models/definition.js';

/** The texts of one locale, one function per warning (and per variant of one). */
export interface DefinitionWarningTexts {
  /** `unknown-source`. */
  unknownSource: (p: { source: string; known: readonly string[]; suggestion?: string }) => string;
  /** `unknown-claim`: a member the provider does not document. */
  unknownClaim: (p: { claim: string; source: string; at: string; suggestion?: string }) => string;
  /** `unknown-claim`: a list named without an item index. */
  claimNeedsIndex: (p: { claim: string; source: string; at: string; suggestion?: string }) => string;
  /** `unknown-claim`: a member of a single value. */
  claimUnderValue: (p: { claim: string; source: string; at: string }) => string;
  /** `unknown-widget-option`. */
  unknownWidgetOption: (p: { option: string; value: string; known: readonly string[]; suggestion?: string }) => string;
  /** `i18n-unknown-enum-value`: the field does not allow the value. */
  unknownEnumValue: (p: { key: string; field: string; value: string; values: readonly string[]; suggestion?: string }) => string;
  /** `i18n-unknown-enum-value`: the field is not a closed choice. */
  enumOfNonChoice: (p: { key: string; field: string }) => string;
  /** `i18n-unknown-enum-value`: no field has that path. */
  enumOfUnknownField: (p: { key: string; field: string; suggestion?: string }) => string;
  /** `control-without-label`. */
  controlWithoutLabel: (p: { key: string; name: string; locales: readonly string[] }) => string;
}

const q = (s: string): string => `"${s}"`;
const list = (values: readonly string[], and: string): string =>
  values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} ${and} ${values[values.length - 1]}`;

const en: DefinitionWarningTexts = {
  unknownSource: ({ source, known, suggestion }) =>
    `prefill source ${q(source)} is not a known provider id (${known.join(', ')}), so the binding fills nothing unless the portal registers a provider with that id${suggestion !== undefined ? `; did you mean ${q(suggestion)}?` : '.'}`,
  unknownClaim: ({ claim, source, at, suggestion }) =>
    `${q(claim)} is not a claim provider ${q(source)} documents${at === claim ? '' : ` (it has no ${q(at)})`}, so the binding fills nothing${suggestion !== undefined ? `; did you mean ${q(suggestion)}?` : '; see the claims in @tokhai/prefill\'s README.'}`,
  claimNeedsIndex: ({ claim, source, at, suggestion }) =>
    `${q(claim)}: claim ${q(at)} of provider ${q(source)} is a list, so the binding must name one item by its index${suggestion !== undefined ? `, e.g. ${q(suggestion)}` : ''}.`,
  claimUnderValue: ({ claim, source, at }) =>
    `${q(claim)} is not a claim provider ${q(source)} documents: ${q(at)} is a single value with no members, so the binding fills nothing.`,
  unknownWidgetOption: ({ option, value, known, suggestion }) =>
    `options.${option} ${q(value)} is read by no built-in widget, so the control gets its default widget${suggestion !== undefined ? `; did you mean ${q(suggestion)}?` : '.'} Built-in values: ${known.join(', ')} (a widget the portal registers may read others: then ignore this warning).`,
  unknownEnumValue: ({ key, field, value, values, suggestion }) =>
    `i18n key ${q(key)} labels the value ${q(value)}, which ${q(field)} does not allow (its values: ${values.join(', ')}), so the label is never shown${suggestion !== undefined ? `; did you mean ${q(`${key.slice(0, key.length - value.length)}${suggestion}`)}?` : '.'}`,
  enumOfNonChoice: ({ key, field }) =>
    `i18n key ${q(key)} labels a choice, but ${q(field)} is not a closed choice (no enum, const or oneOf of consts), so the label is never shown.`,
  enumOfUnknownField: ({ key, field, suggestion }) =>
    `i18n key ${q(key)} labels a choice of ${q(field)}, which is not a field of the schema, so the label is never shown${suggestion !== undefined ? `; did you mean ${q(suggestion)}?` : '.'}`,
  controlWithoutLabel: ({ key, name, locales }) =>
    `the control has no label in ${list(locales, 'and')} (no i18n ${q(key)}, no "label", no schema "title"), so citizens and screen readers get the property name ${q(name)} instead (WCAG 2.4.6, 3.3.2); add ${q(key)} to every i18n table.`,
};

const vi: DefinitionWarningTexts = {
  unknownSource: ({ source, known, suggestion }) =>
    `nguồn điền sẵn ${q(source)} không phải là mã nhà cung cấp đã biết (${known.join(', ')}), nên liên kết này không điền gì trừ khi cổng dịch vụ đăng ký nhà cung cấp có mã đó${suggestion !== undefined ? `; có phải ý bạn là ${q(suggestion)}?` : '.'}`,
  unknownClaim: ({ claim, source, at, suggestion }) =>
    `${q(claim)} không phải là thông tin (claim) mà nhà cung cấp ${q(source)} mô tả${at === claim ? '' : ` (không có ${q(at)})`}, nên liên kết này không điền gì${suggestion !== undefined ? `; có phải ý bạn là ${q(suggestion)}?` : '; xem danh sách claim trong README của @tokhai/prefill.'}`,
  claimNeedsIndex: ({ claim, source, at, suggestion }) =>
    `${q(claim)}: claim ${q(at)} của nhà cung cấp ${q(source)} là một danh sách, nên liên kết phải chỉ rõ một mục theo số thứ tự${suggestion !== undefined ? `, ví dụ ${q(suggestion)}` : ''}.`,
  claimUnderValue: ({ claim, source, at }) =>
    `${q(claim)} không phải là thông tin (claim) mà nhà cung cấp ${q(source)} mô tả: ${q(at)} là một giá trị đơn, không có thành phần con, nên liên kết này không điền gì.`,
  unknownWidgetOption: ({ option, value, known, suggestion }) =>
    `options.${option} ${q(value)} không được widget có sẵn nào đọc, nên trường dùng widget mặc định${suggestion !== undefined ? `; có phải ý bạn là ${q(suggestion)}?` : '.'} Các giá trị có sẵn: ${known.join(', ')} (nếu cổng dịch vụ đăng ký widget riêng đọc giá trị này thì bỏ qua cảnh báo).`,
  unknownEnumValue: ({ key, field, value, values, suggestion }) =>
    `khóa i18n ${q(key)} đặt nhãn cho giá trị ${q(value)}, nhưng ${q(field)} không có giá trị này (các giá trị: ${values.join(', ')}), nên nhãn không bao giờ được hiển thị${suggestion !== undefined ? `; có phải ý bạn là ${q(`${key.slice(0, key.length - value.length)}${suggestion}`)}?` : '.'}`,
  enumOfNonChoice: ({ key, field }) =>
    `khóa i18n ${q(key)} đặt nhãn cho một lựa chọn, nhưng ${q(field)} không phải là trường lựa chọn (không có enum, const hay oneOf gồm các const), nên nhãn không bao giờ được hiển thị.`,
  enumOfUnknownField: ({ key, field, suggestion }) =>
    `khóa i18n ${q(key)} đặt nhãn cho lựa chọn của ${q(field)}, nhưng schema không có trường này, nên nhãn không bao giờ được hiển thị${suggestion !== undefined ? `; có phải ý bạn là ${q(suggestion)}?` : '.'}`,
  controlWithoutLabel: ({ key, name, locales }) =>
    `trường này không có nhãn ở ${list(locales, 'và')} (không có khóa i18n ${q(key)}, không có "label", không có "title" trong schema), nên người dân và trình đọc màn hình chỉ thấy tên thuộc tính ${q(name)} (WCAG 2.4.6, 3.3.2); hãy thêm ${q(key)} vào mọi bảng i18n.`,
};

/** The warning texts by locale. */
export const DEFINITION_WARNING_TEXTS: Readonly<Record<Locale, DefinitionWarningTexts>> = { vi, en };
