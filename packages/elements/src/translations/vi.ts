// SPDX-License-Identifier: MIT
/**
 * Every built-in text of `@tokhai/elements`. Vietnamese (`vi.ts`) is the base and the authoritative wording;
 * `en.ts` must satisfy the same interface, so a missing English string is a type error. Counts are functions
 * (`errorCount: n => …`), as Shoelace's `numOptionsSelected` (shoelace-style/shoelace: `src/translations/en.ts`).
 */
export interface Translation {
  /** BCP 47 tag of the texts, set as `lang` on the form. */
  $code: string;
  /** Language name in that language (for a locale switcher). */
  $name: string;

  // Loading and failure
  loading: string;
  loadFailed: string;
  /** "Could not load the form from {url} (HTTP 404)". */
  loadFailedDetail: (url: string, reason: string) => string;
  invalidDefinition: string;
  /** Introduces the list of problems of an invalid definition. */
  definitionProblems: (count: number) => string;
  noForm: string;

  // Fields
  /** Visually hidden prefix of an inline error message (GOV.UK: "Error:"). */
  errorPrefix: string;
  unsupportedField: (label: string) => string;
  unsupportedFieldHint: string;
  yes: string;
  no: string;
  /** Shown in the review for an empty answer. */
  notProvided: string;
  /** A visually hidden note after a link that opens a new tab. */
  opensInNewTab: string;
  loadingData: string;

  // Error summary
  errorSummaryTitle: string;
  errorSummaryIntro: (count: number) => string;
  /** The message of the native validity state (shown by the browser when a surrounding <form> is submitted). */
  validityMessage: (count: number, first: string) => string;

  // Wizard and buttons
  /** "Bước 2/4: Thông tin người khai". */
  stepOf: (current: number, total: number, title: string) => string;
  stepsLabel: string;
  stepDone: string;
  stepCurrent: string;
  next: string;
  back: string;
  submit: string;
  acceptAndSubmit: string;

  // Review
  reviewTitle: string;
  reviewIntro: string;
  change: string;
  /** Visually hidden context after "Change": "Change <span>full name</span>". */
  changeWhat: (label: string) => string;
  reviewStep: string;


  // Prefill
  /** Confirmation shown instead of questions when a whole step is known: "We already have this from …". */
  knownStepIntro: (sources: string) => string;
  correctionSent: string;
  /** Names of the citizen data providers of the shared vocabulary. */
  providerNames: Record<string, string>;

  // Drafts
  draftFound: (savedAt: string) => string;
  draftOlderVersion: (oldVersion: string, newVersion: string) => string;
  draftNotCarried: string;
  /** After restoring: what the old draft could not carry. */
  draftNotCarriedAfter: string;
  draftRestore: string;
  draftDiscard: string;
  draftRestored: string;
  draftDismiss: string;

  // Kiosk
  kioskTitle: string;
  kioskIdleWarning: (seconds: number) => string;
  kioskStay: string;
  kioskCleared: string;

  // Assisted
  assistedTitle: string;
  assistedBody: string;
  officerId: string;
  officerIdHint: string;
  officerIdMissing: string;
  citizenConfirm: string;
  citizenConfirmMissing: string;
  assistedOfficer: (id: string) => string;

}

/** Vietnamese: the base texts. */
const vi: Translation = {
  $code: 'vi',
  $name: 'Tiếng Việt',

  loading: 'Đang tải biểu mẫu…',
  loadFailed: 'Không tải được biểu mẫu',
  loadFailedDetail: (url, reason) => `Không tải được biểu mẫu từ ${url} (${reason}). Vui lòng tải lại trang hoặc thử lại sau.`,
  invalidDefinition: 'Biểu mẫu không hợp lệ',
  definitionProblems: (n) => `Định nghĩa biểu mẫu có ${n} lỗi:`,
  noForm: 'Chưa có biểu mẫu để hiển thị.',

  errorPrefix: 'Lỗi:',
  unsupportedField: (label) => `Trường “${label}” chưa được hỗ trợ`,
  unsupportedFieldHint: 'Không thể nhập trường này trên trang. Vui lòng liên hệ cơ quan tiếp nhận hồ sơ.',
  yes: 'Có',
  no: 'Không',
  notProvided: 'Chưa cung cấp',
  opensInNewTab: '(mở trong thẻ mới)',
  loadingData: 'Đang tải dữ liệu…',

  errorSummaryTitle: 'Có lỗi cần sửa',
  errorSummaryIntro: (n) => `Có ${n} lỗi. Chọn từng lỗi để đến trường cần sửa.`,
  validityMessage: (n, first) => (n === 1 ? first : `Có ${n} lỗi cần sửa. ${first}`),

  stepOf: (i, n, title) => `Bước ${i}/${n}: ${title}`,
  stepsLabel: 'Các bước',
  stepDone: '(đã xong)',
  stepCurrent: '(bước hiện tại)',
  next: 'Tiếp tục',
  back: 'Quay lại',
  submit: 'Gửi hồ sơ',
  acceptAndSubmit: 'Xác nhận và gửi hồ sơ',

  reviewTitle: 'Kiểm tra lại thông tin',
  reviewIntro: 'Vui lòng kiểm tra các thông tin dưới đây trước khi gửi.',
  change: 'Thay đổi',
  changeWhat: (label) => ` ${label}`,
  reviewStep: 'Kiểm tra lại thông tin',


  knownStepIntro: (sources) => `Chúng tôi đã có các thông tin này từ ${sources}. Bạn không cần nhập lại.`,
  correctionSent: 'Yêu cầu điều chỉnh đã được ghi nhận và sẽ gửi kèm hồ sơ.',
  providerNames: {
    vneid: 'VNeID',
    population: 'Cơ sở dữ liệu quốc gia về dân cư',
    health: 'Hệ thống thông tin y tế',
    insurance: 'Bảo hiểm xã hội Việt Nam',
    licences: 'Cơ sở dữ liệu giấy phép lái xe',
  },

  draftFound: (savedAt) => `Bạn có một bản nháp chưa gửi, lưu lúc ${savedAt}. Bạn muốn tiếp tục bản nháp này?`,
  draftOlderVersion: (oldV, newV) =>
    `Bản nháp được lưu cho phiên bản ${oldV} của biểu mẫu; biểu mẫu hiện là phiên bản ${newV}.`,
  draftNotCarried: 'Các thông tin sau không chuyển được sang biểu mẫu mới. Hãy ghi lại nếu cần trước khi quyết định:',
  draftNotCarriedAfter: 'Các thông tin sau của bản nháp cũ không chuyển được sang biểu mẫu mới; hãy nhập lại nếu cần:',
  draftRestore: 'Khôi phục bản nháp',
  draftDiscard: 'Bỏ bản nháp',
  draftRestored: 'Đã khôi phục bản nháp.',
  draftDismiss: 'Đã hiểu',

  kioskTitle: 'Máy dùng chung',
  kioskIdleWarning: (s) => `Bạn vẫn đang khai? Để bảo vệ thông tin, mọi dữ liệu đã nhập sẽ bị xoá sau ${s} giây.`,
  kioskStay: 'Tôi vẫn đang khai',
  kioskCleared: 'Dữ liệu đã được xoá để bảo vệ thông tin cá nhân.',

  assistedTitle: 'Khai hộ tại điểm hỗ trợ',
  assistedBody: 'Cán bộ đang khai hộ công dân. Công dân cần kiểm tra và xác nhận thông tin trước khi gửi.',
  officerId: 'Mã số cán bộ hỗ trợ',
  officerIdHint: 'Mã số cán bộ được ghi vào hồ sơ.',
  officerIdMissing: 'Nhập mã số cán bộ hỗ trợ',
  citizenConfirm: 'Công dân đã kiểm tra và xác nhận các thông tin trên là đúng',
  citizenConfirmMissing: 'Công dân cần xác nhận thông tin trước khi gửi',
  assistedOfficer: (id) => `Cán bộ hỗ trợ: ${id}`,

};

export default vi;
