// SPDX-License-Identifier: MIT
/**
 * Every built-in text of `@tokhai/elements`. Vietnamese (`vi.ts`) is the base and the authoritative wording;
 * `en.ts` must satisfy the same interface, so a missing English string is a type error. Counts are functions
 * (`errorCount: n => …`), as Shoelace's `numOptionsSelected` (shoelace-style/shoelace: `src/translations/en.ts`).
 *
 * The words a widget says on its own (`WidgetStrings`, `widgets/shared/strings.ts`) sit here too, as `widgets`,
 * sharing the texts both say (error prefix, yes/no, the new-tab note), so each wording has one source.
 */
import type { WidgetStrings } from '../widgets/shared/strings.js';
import { fileSize } from './file-size.js';

/** Every built-in text of `<tk-form>` and its parts, in one locale. */
export interface Translation {
  /** BCP 47 tag of the texts. */
  $code: string;
  /** Language name in that language (for a locale switcher). */
  $name: string;

  /** Status while the definition loads. */
  loading: string;
  /** Heading when `src` cannot be fetched. */
  loadFailed: string;
  /** "Could not load the form from {url} (HTTP 404)…". */
  loadFailedDetail: (url: string, reason: string) => string;
  /** Heading when the definition has problems. */
  invalidDefinition: string;
  /** Introduces the list of problems of an invalid definition. */
  definitionProblems: (count: number) => string;
  /** Shown when neither `form` nor `src` is set. */
  noForm: string;

  /** Visually hidden prefix of an error message (GOV.UK: "Error:"). */
  errorPrefix: string;
  /** Title of the fallback for a control no widget fits. */
  unsupportedField: (label: string) => string;
  /** What the citizen can do about an unsupported field. */
  unsupportedFieldHint: string;
  /** A true boolean in the review. */
  yes: string;
  /** A false boolean in the review. */
  no: string;
  /** An empty answer in the review. */
  notProvided: string;
  /** Visually hidden note after a link that opens a new tab. */
  opensInNewTab: string;
  /** Status while providers answer. */
  loadingData: string;

  /** Error summary heading (GOV.UK: "There is a problem"). */
  errorSummaryTitle: string;
  /** Visually hidden sentence under the heading, with the count. */
  errorSummaryIntro: (count: number) => string;
  /** The native validity message (what the browser shows when a surrounding `<form>` is submitted). */
  validityMessage: (count: number, first: string) => string;

  /** The step heading: "Bước 2/4: Thông tin người khai". */
  stepOf: (current: number, total: number, title: string) => string;
  /** Accessible name of the step list. */
  stepsLabel: string;
  /** Visually hidden state of a completed step. */
  stepDone: string;
  /** Visually hidden state of the current step. */
  stepCurrent: string;
  /** "Next" button. */
  next: string;
  /** "Back" button. */
  back: string;
  /** Submit button of a form without a review step. */
  submit: string;
  /** Submit button on the review step. */
  acceptAndSubmit: string;

  /** Review step heading ("Check your answers"). */
  reviewTitle: string;
  /** Sentence under the review heading. */
  reviewIntro: string;
  /** The "Change" button. */
  change: string;
  /** Visually hidden context after "Change": the field's label. */
  changeWhat: (label: string) => string;
  /** The review step's name in the step list. */
  reviewStep: string;

  /** A step whose fields are all known and locked: "We already have this from …". */
  knownStepIntro: (sources: string) => string;
  /** Alert when a valid submit could not be completed (its code could not be loaded): nothing was sent, nothing is lost. */
  submitFailed: string;
  /** Added to a load failure when the citizen had already answered: the answers are still held by the form. */
  answersKept: string;
  /** The portal replaced the form while the citizen was filling it in: answers the new form has no place for. */
  formChangedNotCarried: string;
  /** Names of the citizen data providers of the shared vocabulary, by provider id. */
  providerNames: Record<string, string>;

  /** The restore offer, with the time the draft was saved. */
  draftFound: (savedAt: string) => string;
  /** The draft belongs to an older version of the form. */
  draftOlderVersion: (oldVersion: string, newVersion: string) => string;
  /** Before restoring: what the old draft cannot carry. */
  draftNotCarried: string;
  /** After restoring: what the old draft could not carry. */
  draftNotCarriedAfter: string;
  /** "Restore draft" button. */
  draftRestore: string;
  /** "Discard draft" button. */
  draftDiscard: string;
  /** Confirmation after a restore. */
  draftRestored: string;
  /** Dismisses the not-carried notice. */
  draftDismiss: string;

  /** Visually hidden note that the form runs on a shared device. */
  kioskTitle: string;
  /** Idle warning with the seconds left. */
  kioskIdleWarning: (seconds: number) => string;
  /** "I am still here" button. */
  kioskStay: string;
  /** Status after clearing. */
  kioskCleared: string;

  /** Assisted mode banner title. */
  assistedTitle: string;
  /** Assisted mode banner text. */
  assistedBody: string;
  /** Label of the officer id input. */
  officerId: string;
  /** Hint of the officer id input. */
  officerIdHint: string;
  /** Error: no officer id. */
  officerIdMissing: string;
  /** Label of the citizen's confirmation checkbox. */
  citizenConfirm: string;
  /** Error: the citizen has not confirmed. */
  citizenConfirmMissing: string;
  /** The officer named in the banner. */
  assistedOfficer: (id: string) => string;
}

/** Vietnamese: the base texts. */
const texts: Translation = {
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
  submitFailed: 'Chưa gửi được hồ sơ. Thông tin bạn đã nhập vẫn được giữ nguyên. Vui lòng kiểm tra kết nối mạng rồi bấm gửi lại.',
  answersKept: 'Thông tin bạn đã nhập vẫn được giữ và sẽ hiện lại khi biểu mẫu tải được.',
  formChangedNotCarried: 'Biểu mẫu vừa được cập nhật. Các thông tin sau bạn đã nhập không còn trong biểu mẫu mới và sẽ không được gửi; hãy ghi lại nếu cần:',
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
  kioskIdleWarning: (s) => `Bạn vẫn đang khai? Để bảo vệ thông tin, mọi dữ liệu đã nhập sẽ bị xóa sau ${s} giây.`,
  kioskStay: 'Tôi vẫn đang khai',
  kioskCleared: 'Dữ liệu đã được xóa để bảo vệ thông tin cá nhân.',

  assistedTitle: 'Khai hộ tại điểm hỗ trợ',
  assistedBody: 'Cán bộ đang khai hộ công dân. Công dân cần kiểm tra và xác nhận thông tin trước khi gửi.',
  officerId: 'Mã số cán bộ hỗ trợ',
  officerIdHint: 'Mã số cán bộ được ghi vào hồ sơ.',
  officerIdMissing: 'Nhập mã số cán bộ hỗ trợ',
  citizenConfirm: 'Công dân đã kiểm tra và xác nhận các thông tin trên là đúng',
  citizenConfirmMissing: 'Công dân cần xác nhận thông tin trước khi gửi',
  assistedOfficer: (id) => `Cán bộ hỗ trợ: ${id}`,

};

/** Vietnamese widget texts. */
export const widgets: WidgetStrings = {
  required: ' (bắt buộc)',
  errorPrefix: texts.errorPrefix,
  prefilledFrom: (s) => `Từ ${s}`,
  prefilledChanged: (s) => `Đã sửa (dữ liệu từ ${s})`,
  prefilledLocked: (s) => `Từ ${s}, không sửa được`,
  opensInNewTab: texts.opensInNewTab,

  day: 'Ngày',
  month: 'Tháng',
  year: 'Năm',
  dateFormatHint: 'Ví dụ: 15 3 2025',
  partialDateHint: 'Nếu không nhớ ngày hoặc tháng, có thể chỉ nhập năm, hoặc tháng và năm.',

  charLimit: (max) => `Bạn có thể nhập tối đa ${max} ký tự.`,
  charsRemaining: (n) => (n >= 0 ? `Bạn còn ${n} ký tự.` : `Bạn đã nhập quá ${-n} ký tự.`),

  selectPlaceholder: '— Chọn —',
  yes: texts.yes,
  no: texts.no,

  itemLabel: (n) => `Mục ${n}`,
  itemNoun: 'mục',
  addItem: (noun) => `Thêm ${noun}`,
  removeItem: (item) => `Xóa ${item}`,
  moveItemUp: (item) => `Chuyển ${item} lên`,
  moveItemDown: (item) => `Chuyển ${item} xuống`,
  itemAdded: (item) => `Đã thêm ${item}.`,
  itemRemoved: (item) => `Đã xóa ${item}.`,
  itemMoved: (item, position) => `Đã chuyển ${item} tới vị trí ${position}.`,
  maxItemsReached: (max) => `Đã đủ số lượng tối đa (${max}).`,
  noItems: 'Chưa có mục nào.',

  currentFile: (name, size) => `Tệp đã chọn: ${name} (${size})`,
  removeFile: (name) => `Xóa tệp ${name}`,
  uploading: (name) => `Đang tải lên ${name}…`,
  uploaded: (name) => `Đã tải lên ${name}.`,
  uploadFailed: (name) => `Không tải lên được ${name}. Hãy thử lại.`,
  fileTooLarge: (max) => `Tệp phải nhỏ hơn ${max}.`,
  fileTypeNotAllowed: (accepted) => `Tệp phải có định dạng ${accepted}.`,
  acceptedFiles: (accepted, max) => `Định dạng: ${accepted}${max ? `. Dung lượng tối đa ${max}` : ''}.`,
  fileSize: fileSize(','),

  province: 'Tỉnh/Thành phố',
  commune: 'Xã/Phường/Đặc khu',
  street: 'Số nhà, đường, thôn/tổ',
  chooseProvinceFirst: '— Chọn tỉnh/thành phố trước —',
  loadingCommunes: 'Đang tải danh sách xã/phường…',
  communesFailed: 'Không tải được danh sách xã/phường. Hãy chọn lại tỉnh/thành phố.',

  noChildRenderer: 'Không hiển thị được các trường con của mục này.',
};

export default texts;
