// SPDX-License-Identifier: MIT
/**
 * Vietnamese validation messages: the default and authoritative locale. Each key is a JSON Schema keyword, a
 * refinement of one (`required.choice`), or a format (`format.vn-pid`, with reasons such as `format.vn-pid.province`).
 * Labels are interpolated as the definition spells them; diacritics are part of the text (NFC).
 */
import { numberFormatter } from './number.js';
import type { MessageFn } from './types.js';

const n = numberFormatter('vi-VN');
const list = (v: unknown): string => (Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(', ') : String(v));

/** JSON types in Vietnamese, for `type` messages. */
const TYPE_NAMES: Record<string, string> = {
  string: 'văn bản',
  number: 'một số',
  integer: 'một số nguyên',
  boolean: 'có hoặc không',
  object: 'một nhóm thông tin',
  array: 'một danh sách',
  null: 'để trống',
};
const typeName = (t: unknown): string =>
  (Array.isArray(t) ? t : String(t).split(',')).map((x) => TYPE_NAMES[String(x)] ?? String(x)).join(' hoặc ');

/** The Vietnamese message table. Its keys define `MessageKey`; `en.ts` must provide the same keys. */
export const vi = {
  required: ({ label }) => `Vui lòng nhập ${label}`,
  'required.choice': ({ label }) => `Vui lòng chọn ${label}`,
  dependentRequired: ({ label, params }) => `Vui lòng nhập ${label} (bắt buộc khi đã nhập ${String(params.propertyLabel ?? params.property)})`,
  dependencies: ({ label, params }) => `Vui lòng nhập ${label} (bắt buộc khi đã nhập ${String(params.propertyLabel ?? params.property)})`,
  type: ({ label, params }) => `${label} phải là ${typeName(params.type)}`,
  enum: ({ label }) => `Vui lòng chọn ${label} trong danh sách`,
  const: ({ label, params }) => `${label} phải là ${list([params.allowedValue])}`,
  'const.true': ({ label }) => `Vui lòng xác nhận ${label}`,
  minLength: ({ label, params }) => `${label} phải có ít nhất ${n(params.limit)} ký tự`,
  maxLength: ({ label, params }) => `${label} không được dài quá ${n(params.limit)} ký tự`,
  pattern: ({ label }) => `${label} không đúng định dạng`,
  format: ({ label }) => `${label} không đúng định dạng`,
  minimum: ({ label, params }) => `${label} phải lớn hơn hoặc bằng ${n(params.limit)}`,
  maximum: ({ label, params }) => `${label} phải nhỏ hơn hoặc bằng ${n(params.limit)}`,
  exclusiveMinimum: ({ label, params }) => `${label} phải lớn hơn ${n(params.limit)}`,
  exclusiveMaximum: ({ label, params }) => `${label} phải nhỏ hơn ${n(params.limit)}`,
  multipleOf: ({ label, params }) => `${label} phải là bội số của ${n(params.multipleOf)}`,
  minItems: ({ label, params }) => `${label} phải có ít nhất ${n(params.limit)} mục`,
  maxItems: ({ label, params }) => `${label} không được có quá ${n(params.limit)} mục`,
  items: ({ label, params }) => `${label} không được có quá ${n(params.limit)} mục`,
  additionalItems: ({ label, params }) => `${label} không được có quá ${n(params.limit)} mục`,
  unevaluatedItems: ({ label, params }) => `${label} không được có quá ${n(params.limit)} mục`,
  uniqueItems: ({ label, params }) => `${label} có mục bị trùng (mục ${n(Number(params.j) + 1)} và mục ${n(Number(params.i) + 1)})`,
  contains: ({ label, params }) => `${label} phải có ít nhất ${n(params.minContains ?? 1)} mục hợp lệ`,
  minProperties: ({ label, params }) => `${label} phải có ít nhất ${n(params.limit)} thông tin`,
  maxProperties: ({ label, params }) => `${label} không được có quá ${n(params.limit)} thông tin`,
  additionalProperties: ({ label, params }) => `${label} có thông tin không được phép: “${String(params.additionalProperty)}”`,
  unevaluatedProperties: ({ label, params }) => `${label} có thông tin không được phép: “${String(params.unevaluatedProperty)}”`,
  propertyNames: ({ label, params }) => `${label} có tên thông tin không hợp lệ: “${String(params.propertyName)}”`,
  'false schema': ({ label }) => `${label} không được phép nhập`,
  oneOf: ({ label }) => `Vui lòng chọn đúng một lựa chọn hợp lệ cho ${label}`,
  anyOf: ({ label }) => `${label} không khớp với lựa chọn nào được chấp nhận`,
  not: ({ label }) => `${label} không được có giá trị này`,
  if: ({ label }) => `${label} không thỏa mãn điều kiện của biểu mẫu`,
  invalid: ({ label }) => `${label} không hợp lệ`,
  computed: ({ label }) => `${label} không khớp với giá trị được tính tự động; vui lòng tải lại biểu mẫu`,
  unprocessable: ({ label }) => `Không kiểm tra được ${label}: dữ liệu không phải JSON hợp lệ hoặc lồng quá sâu`,

  'format.date': ({ label }) => `${label} phải là ngày có thật (ngày/tháng/năm)`,
  'format.time': ({ label }) => `${label} phải là giờ hợp lệ (giờ:phút:giây, kèm múi giờ)`,
  'format.iso-time': ({ label }) => `${label} phải là giờ hợp lệ (giờ:phút:giây)`,
  'format.date-time': ({ label }) => `${label} phải là ngày giờ hợp lệ`,
  'format.iso-date-time': ({ label }) => `${label} phải là ngày giờ hợp lệ`,
  'format.duration': ({ label }) => `${label} phải là khoảng thời gian hợp lệ (ISO 8601, ví dụ P3D)`,
  'format.email': ({ label }) => `${label} phải là địa chỉ thư điện tử hợp lệ, ví dụ ten@example.vn`,
  'format.hostname': ({ label }) => `${label} phải là tên miền hợp lệ`,
  'format.ipv4': ({ label }) => `${label} phải là địa chỉ IPv4 hợp lệ`,
  'format.ipv6': ({ label }) => `${label} phải là địa chỉ IPv6 hợp lệ`,
  'format.uri': ({ label }) => `${label} phải là đường dẫn (URI) đầy đủ`,
  'format.uri-reference': ({ label }) => `${label} phải là đường dẫn (URI) hợp lệ`,
  'format.uri-template': ({ label }) => `${label} phải là mẫu đường dẫn hợp lệ`,
  'format.url': ({ label }) => `${label} phải là địa chỉ trang web hợp lệ, ví dụ https://dichvucong.gov.vn`,
  'format.uuid': ({ label }) => `${label} phải là mã UUID hợp lệ`,
  'format.regex': ({ label }) => `${label} phải là biểu thức chính quy hợp lệ`,
  'format.json-pointer': ({ label }) => `${label} phải là JSON Pointer hợp lệ`,
  'format.json-pointer-uri-fragment': ({ label }) => `${label} phải là JSON Pointer hợp lệ`,
  'format.relative-json-pointer': ({ label }) => `${label} phải là JSON Pointer tương đối hợp lệ`,
  'format.byte': ({ label }) => `${label} phải là dữ liệu base64 hợp lệ`,
  'format.int32': ({ label }) => `${label} phải là số nguyên 32 bit`,
  'format.int64': ({ label }) => `${label} phải là số nguyên 64 bit`,
  'format.float': ({ label }) => `${label} phải là một số`,
  'format.double': ({ label }) => `${label} phải là một số`,
  'format.password': ({ label }) => `${label} không hợp lệ`,
  'format.binary': ({ label }) => `${label} không hợp lệ`,

  'format.vn-pid': ({ label }) => `${label} phải gồm 12 chữ số`,
  'format.vn-pid.province': ({ label }) => `${label} không hợp lệ: 3 chữ số đầu phải là mã tỉnh, thành phố nơi đăng ký khai sinh (ví dụ 001 là Hà Nội)`,
  'format.vn-pid.year': ({ label }) => `${label} không hợp lệ: năm sinh ghi trong số (chữ số thứ 4 đến 6) chưa đến`,
  'format.vn-cmnd': ({ label }) => `${label} phải gồm 9 hoặc 12 chữ số`,
  'format.vn-social-insurance': ({ label }) => `${label} phải gồm 10 chữ số`,
  'format.vn-health-insurance-card': ({ label }) => `${label} phải gồm 10 chữ số, hoặc 15 ký tự theo mẫu thẻ cũ (ví dụ TE1010123456789)`,
  'format.vn-tax-code': ({ label }) => `${label} phải gồm 10 chữ số, 10 chữ số kèm mã đơn vị phụ thuộc (ví dụ 0100047516-001) hoặc 12 chữ số định danh cá nhân`,
  'format.vn-tax-code.check-digit': ({ label }) => `${label} không đúng: chữ số kiểm tra (chữ số thứ 10) không khớp, vui lòng kiểm tra lại`,
  'format.vn-phone': ({ label }) => `${label} phải là số di động 10 chữ số hoặc số cố định 11 chữ số bắt đầu bằng 02`,
  'format.vn-mobile': ({ label }) => `${label} phải là số di động 10 chữ số, ví dụ 0912345678`,
  'format.vn-passport': ({ label }) => `${label} phải gồm 1 chữ cái in hoa và 7 chữ số, ví dụ C1234567`,
  'format.vn-driving-licence': ({ label }) => `${label} phải gồm 12 chữ số`,
  'format.vn-province-code': ({ label }) => `${label} không phải là mã tỉnh, thành phố hợp lệ`,
  'format.vn-commune-code': ({ label }) => `${label} phải là mã xã, phường gồm 5 chữ số`,
  'format.vn-commune-code.unknown': ({ label }) => `${label} không có trong danh mục đơn vị hành chính`,
  'format.vn-commune-code.province': ({ label }) => `${label} không thuộc tỉnh, thành phố đã chọn`,
  'format.vn-partial-date': ({ label }) => `${label} phải là năm (yyyy), tháng năm (mm/yyyy) hoặc ngày tháng năm (dd/mm/yyyy) có thật`,
} satisfies Record<string, MessageFn>;

/** A message key: every key of the Vietnamese table. */
export type MessageKey = keyof typeof vi;
