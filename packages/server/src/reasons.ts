// SPDX-License-Identifier: MIT
// Why a submission was refused: one table from reason to HTTP status and a sentence in each locale, so the
// server, the portal and its tests all say the same thing.
import type { Locale } from '@tokhai/core';

/** The HTTP statuses a refused submission maps to. */
export type RejectStatus = 400 | 409 | 413 | 415 | 422;

/** Why a submission was refused (machine-readable; stable across versions). */
export type RejectReason =
  | 'unsupported-media-type'
  | 'malformed-json'
  | 'not-i-json'
  | 'body-too-large'
  | 'too-deep'
  | 'string-too-long'
  | 'invalid-submission'
  | 'form-mismatch'
  | 'invalid-data'
  | 'computed-mismatch'
  | 'locked-value-changed'
  | 'attestation-invalid'
  | 'provenance-mismatch';

interface ReasonEntry {
  status: RejectStatus;
  vi: string;
  en: string;
}

/** Each reason's status and message. Vietnamese is authoritative. */
export const REASONS: Readonly<Record<RejectReason, ReasonEntry>> = {
  'unsupported-media-type': {
    status: 415,
    vi: 'Hồ sơ phải được gửi ở định dạng JSON (Content-Type: application/json; charset=utf-8).',
    en: 'The submission must be sent as JSON (Content-Type: application/json; charset=utf-8).',
  },
  'malformed-json': {
    status: 400,
    vi: 'Nội dung gửi lên không phải JSON hợp lệ.',
    en: 'The body is not valid JSON.',
  },
  'not-i-json': {
    status: 400,
    vi: 'Nội dung có giá trị không biểu diễn được chuẩn tắc (ký tự Unicode lẻ, số không hữu hạn…).',
    en: 'The body holds a value with no canonical form (a lone Unicode surrogate, a non-finite number…).',
  },
  'body-too-large': {
    status: 413,
    vi: 'Hồ sơ vượt quá dung lượng cho phép.',
    en: 'The submission is larger than allowed.',
  },
  'too-deep': {
    status: 413,
    vi: 'Hồ sơ lồng nhau quá nhiều cấp.',
    en: 'The submission is nested too deeply.',
  },
  'string-too-long': {
    status: 413,
    vi: 'Một giá trị văn bản dài quá mức cho phép.',
    en: 'A text value is longer than allowed.',
  },
  'invalid-submission': {
    status: 400,
    vi: 'Hồ sơ không đúng cấu trúc của một bản nộp tokhai.',
    en: 'The body does not have the shape of a tokhai submission.',
  },
  'form-mismatch': {
    status: 409,
    vi: 'Hồ sơ được lập cho một biểu mẫu hoặc phiên bản khác với biểu mẫu đang tiếp nhận.',
    en: 'The submission was made for a different form or version than the one receiving it.',
  },
  'invalid-data': {
    status: 422,
    vi: 'Dữ liệu tờ khai chưa hợp lệ.',
    en: 'The declaration data is not valid.',
  },
  'computed-mismatch': {
    status: 422,
    vi: 'Giá trị tự động tính không khớp với kết quả tính lại trên máy chủ.',
    en: 'A computed value does not match the server’s own computation.',
  },
  'locked-value-changed': {
    status: 422,
    vi: 'Một thông tin lấy từ cơ sở dữ liệu (không được sửa) đã bị thay đổi.',
    en: 'A value taken from an authoritative source (which cannot be edited) was changed.',
  },
  'attestation-invalid': {
    status: 422,
    vi: 'Không xác thực được chứng thực của nguồn dữ liệu.',
    en: 'A data source attestation could not be verified.',
  },
  'provenance-mismatch': {
    status: 422,
    vi: 'Thông tin về nguồn gốc của một giá trị điền sẵn không khớp với dữ liệu hoặc với biểu mẫu.',
    en: 'The provenance of a prefilled value does not match the data or the form.',
  },
};

/** The message of a reason in `locale`. */
export const reasonMessage = (reason: RejectReason, locale: Locale = 'vi'): string => REASONS[reason][locale];

/** Messages of single problems the server finds (not schema errors: those come from core). */
export const PROBLEM_MESSAGES = {
  'submission.required': { vi: 'Thiếu trường bắt buộc.', en: 'A required member is missing.' },
  'submission.type': { vi: 'Sai kiểu dữ liệu.', en: 'The value has the wrong type.' },
  'submission.format': { vi: 'Sai định dạng.', en: 'The value has the wrong format.' },
  'submission.unknown': { vi: 'Trường không được hỗ trợ.', en: 'This member is not part of a submission.' },
  'submission.reference': { vi: 'Tham chiếu không tồn tại.', en: 'The reference points to nothing.' },
  'submission.unreferenced': {
    vi: 'Không có thông tin điền sẵn nào dẫn chiếu đến chứng thực này.',
    en: 'No prefilled value cites this attestation.',
  },
  'submission.in-future': {
    vi: 'Thời điểm nộp muộn hơn giờ của máy chủ. Hãy kiểm tra đồng hồ của thiết bị rồi gửi lại.',
    en: 'The submission time is later than the server clock. Check the device clock and send again.',
  },
  'submission.too-old': {
    vi: 'Hồ sơ được lập quá lâu trước khi gửi đến. Hãy mở lại tờ khai và gửi lại.',
    en: 'The submission was made too long before it arrived. Open the form again and send it again.',
  },
  'limit.body-too-large': { vi: 'Vượt quá dung lượng cho phép.', en: 'Larger than allowed.' },
  'limit.too-deep': { vi: 'Lồng nhau quá nhiều cấp.', en: 'Nested too deeply.' },
  'limit.string-too-long': { vi: 'Văn bản dài quá mức cho phép.', en: 'Longer than allowed.' },
  'limit.not-i-json': { vi: 'Giá trị không biểu diễn được chuẩn tắc.', en: 'A value with no canonical form.' },
  'form.mismatch': { vi: 'Không khớp biểu mẫu đang tiếp nhận.', en: 'Does not match the receiving form.' },
  'computed.mismatch': { vi: 'Giá trị tính tự động không khớp.', en: 'The computed value does not match.' },
  'locked.changed': { vi: 'Thông tin này lấy từ cơ sở dữ liệu và không được sửa.', en: 'This value comes from an authoritative source and cannot be edited.' },
  'locked.trusted-value-mismatch': {
    vi: 'Thông tin này khác với thông tin nguồn dữ liệu cung cấp trong phiên đăng nhập của bạn và không được sửa.',
    en: 'This value differs from what the source supplied for your sign-in session, and cannot be edited.',
  },
  'attestation.missing-attestation': { vi: 'Thiếu chứng thực của nguồn dữ liệu.', en: 'The source attestation is missing.' },
  'attestation.unknown-key': { vi: 'Không có khóa để kiểm tra chứng thực của nguồn này.', en: 'There is no key to check this source’s attestation.' },
  'attestation.bad-signature': { vi: 'Chữ ký của chứng thực không hợp lệ.', en: 'The attestation signature is not valid.' },
  'attestation.expired': { vi: 'Chứng thực đã hết hạn.', en: 'The attestation has expired.' },
  'attestation.wrong-issuer': { vi: 'Chứng thực do nguồn khác cấp.', en: 'The attestation was issued by another source.' },
  'attestation.wrong-subject': { vi: 'Chứng thực là của người khác.', en: 'The attestation is about another person.' },
  'attestation.claim-not-attested': { vi: 'Chứng thực không bao gồm thông tin này.', en: 'The attestation does not cover this value.' },
  'attestation.transform-failed': { vi: 'Không chuyển đổi được giá trị đã chứng thực.', en: 'The attested value could not be converted.' },
  'attestation.value-mismatch': { vi: 'Giá trị khác với giá trị đã chứng thực.', en: 'The value differs from the attested one.' },
  'attestation.mode-mismatch': { vi: 'Thông tin bị khóa nhưng được khai là sửa được.', en: 'A locked value was declared editable.' },
  'attestation.unknown-binding': { vi: 'Không có nguồn dữ liệu khóa cho trường này.', en: 'No locked source fills this field.' },
  'provenance.unknown-binding': {
    vi: 'Biểu mẫu không điền sẵn trường này từ nguồn dữ liệu đã nêu.',
    en: 'The form does not prefill this field from the stated source.',
  },
  'provenance.value-not-attested': {
    vi: 'Giá trị được ghi là do nguồn dữ liệu cung cấp không khớp với nội dung chứng thực được dẫn chiếu.',
    en: 'The value recorded as supplied by the source is not what the cited attestation states.',
  },
  'provenance.trusted-value-mismatch': {
    vi: 'Giá trị được ghi là do nguồn dữ liệu cung cấp khác với thông tin nguồn đó cung cấp trong phiên đăng nhập.',
    en: 'The value recorded as supplied by the source is not what that source supplied for the sign-in session.',
  },
  'provenance.not-marked-modified': {
    vi: 'Giá trị khác với giá trị nguồn dữ liệu cung cấp nhưng không được ghi nhận là đã sửa.',
    en: 'The value differs from the one the source supplied but is not marked as changed.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

/** A key of `PROBLEM_MESSAGES`. */
export type ProblemKey = keyof typeof PROBLEM_MESSAGES;
