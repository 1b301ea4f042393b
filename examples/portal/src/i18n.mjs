// SPDX-License-Identifier: MIT
// The portal's own texts (the forms bring theirs). Vietnamese is the default and authoritative; English complete.

/** @typedef {'vi'|'en'} Locale */

export const TEXTS = {
  vi: {
    siteName: 'Cổng dịch vụ công (bản trình diễn tokhai)',
    skip: 'Bỏ qua, đến nội dung chính',
    demoNotice: 'Bản trình diễn: dữ liệu công dân là dữ liệu giả lập, không có giá trị pháp lý.',
    catalogTitle: 'Danh mục thủ tục hành chính',
    catalogIntro: 'Chọn thủ tục để khai trực tuyến. Thông tin đã có trong cơ sở dữ liệu quốc gia được điền sẵn khi bạn đồng ý.',
    procedures: 'Thủ tục',
    bundles: 'Nhóm thủ tục liên thông',
    bundleMembers: 'Gồm các thủ tục',
    agency: 'Cơ quan thực hiện',
    code: 'Mã thủ tục',
    formCode: 'Mẫu tờ khai',
    unconfirmed: 'chưa xác nhận',
    levelFull: 'Dịch vụ công trực tuyến toàn trình',
    levelPartial: 'Dịch vụ công trực tuyến một phần',
    signIn: 'Đăng nhập',
    signOut: 'Đăng xuất',
    signedInAs: 'Đang đăng nhập:',
    loginTitle: 'Đăng nhập bằng tài khoản định danh điện tử (giả lập)',
    loginIntro: 'Bản trình diễn không dùng VNeID thật. Chọn một công dân giả lập để đăng nhập với tư cách người đó.',
    loginAs: (name) => `Đăng nhập với tư cách ${name}`,
    assurance: (level) => `Mức định danh ${level}`,
    loginRequired: 'Bạn cần đăng nhập để nộp hồ sơ.',
    back: 'Quay lại danh mục',
    languageNav: 'Tài khoản và ngôn ngữ',
    inPerson: 'Có cần đến cơ quan không?',
    formLoading: 'Đang tải biểu mẫu…',
    noScript: 'Biểu mẫu cần JavaScript. Bạn có thể nộp hồ sơ trực tiếp tại cơ quan thực hiện.',
    submitting: 'Đang gửi hồ sơ…',
    submitFailed: 'Không gửi được hồ sơ.',
    receiptTitle: 'Biên nhận hồ sơ',
    receiptIntro: 'Hồ sơ của bạn đã được tiếp nhận. Hãy lưu hoặc in biên nhận này.',
    receivedAt: 'Thời điểm tiếp nhận',
    submissionId: 'Mã hồ sơ',
    digest: 'Mã băm dữ liệu (SHA-256)',
    signature: 'Chữ ký của cổng (JWS)',
    form: 'Biểu mẫu',
    version: 'Phiên bản',
    print: 'In biên nhận',
    answers: 'Nội dung đã khai',
    prefilledFrom: (source) => `Lấy từ ${source}`,
    yes: 'Có',
    no: 'Không',
    empty: '(không khai)',
    consentTitle: 'Đồng ý chia sẻ dữ liệu',
    granted: 'Đồng ý',
    declined: 'Không đồng ý',
    corrections: 'Đề nghị điều chỉnh thông tin',
    notFound: 'Không tìm thấy trang.',
    language: 'English',
    languageHref: 'en',
    languageName: 'Tiếng Việt',
  },
  en: {
    siteName: 'Public service portal (tokhai demo)',
    skip: 'Skip to main content',
    demoNotice: 'Demo: citizen data is synthetic and has no legal value.',
    catalogTitle: 'Administrative procedures',
    catalogIntro: 'Choose a procedure to file online. Data the national databases already hold is filled in when you agree.',
    procedures: 'Procedures',
    bundles: 'Interconnected procedure groups',
    bundleMembers: 'Includes',
    agency: 'Agency',
    code: 'Procedure code',
    formCode: 'Form',
    unconfirmed: 'not yet confirmed',
    levelFull: 'Full online service',
    levelPartial: 'Partial online service',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: 'Signed in:',
    loginTitle: 'Sign in with an electronic identity (simulated)',
    loginIntro: 'This demo does not use the real VNeID. Choose a synthetic citizen to sign in as that person.',
    loginAs: (name) => `Sign in as ${name}`,
    assurance: (level) => `Assurance level ${level}`,
    loginRequired: 'You need to sign in to submit.',
    back: 'Back to the procedures',
    languageNav: 'Account and language',
    inPerson: 'Do you need to go in person?',
    formLoading: 'Loading the form…',
    noScript: 'The form needs JavaScript. You can also file in person at the agency.',
    submitting: 'Sending…',
    submitFailed: 'The submission could not be sent.',
    receiptTitle: 'Submission receipt',
    receiptIntro: 'Your submission was received. Keep or print this receipt.',
    receivedAt: 'Received at',
    submissionId: 'Submission number',
    digest: 'Data digest (SHA-256)',
    signature: 'Portal signature (JWS)',
    form: 'Form',
    version: 'Version',
    print: 'Print the receipt',
    answers: 'Your answers',
    prefilledFrom: (source) => `From ${source}`,
    yes: 'Yes',
    no: 'No',
    empty: '(not given)',
    consentTitle: 'Consent to share data',
    granted: 'Granted',
    declined: 'Declined',
    corrections: 'Correction requests',
    notFound: 'Page not found.',
    language: 'Tiếng Việt',
    languageHref: 'vi',
    languageName: 'English',
  },
};

/** The locale of a request: `?lang=en` switches to English; anything else is Vietnamese. */
export const localeOf = (query) => (query?.lang === 'en' ? 'en' : 'vi');

/** A localized text from a `{vi, en?}` object (definition titles), falling back to Vietnamese. */
export const pick = (text, locale) => (text && typeof text === 'object' ? (text[locale] ?? text.vi ?? '') : (text ?? ''));

/** The portal's time zone: receipts give the time of day a citizen in Vietnam would read on a clock. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** How each locale writes a date and time from its `Intl` parts (`{hour, minute, second, day, month, year}`). */
const DATE_TIME_PATTERNS = {
  // Vietnamese writes the time first, then "ngày 25 tháng 11 năm 2026"; `Intl`'s vi-VN long style gives
  // "10:37:58 25 tháng 11, 2026", which no Vietnamese document uses.
  vi: { locale: 'vi-VN', month: 'numeric', write: (p) => `${p.hour}:${p.minute}:${p.second} ngày ${p.day} tháng ${p.month} năm ${p.year}` },
  en: { locale: 'en-GB', month: 'long', write: (p) => `${p.day} ${p.month} ${p.year} at ${p.hour}:${p.minute}:${p.second}` },
};

/** A moment as a citizen reads it, in Vietnam's time: "10:37:58 ngày 25 tháng 11 năm 2026" / "25 November 2026 at 10:37:58". */
export function formatDateTime(date, locale) {
  const pattern = DATE_TIME_PATTERNS[locale] ?? DATE_TIME_PATTERNS.vi;
  const format = new Intl.DateTimeFormat(pattern.locale, {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    day: 'numeric',
    month: pattern.month,
    year: 'numeric',
  });
  const parts = Object.fromEntries(format.formatToParts(date).filter((p) => p.type !== 'literal').map((p) => [p.type, p.value]));
  return pattern.write(parts);
}

/** A procedure or form code fit to show a citizen: a placeholder the forms mark `UNCONFIRMED` (forms/README.md) is no official code. */
export const officialCode = (code, t) => (typeof code === 'string' && /^UNCONFIRMED\b/i.test(code.trim()) ? t.unconfirmed : code);
