// SPDX-License-Identifier: MIT
/**
 * The texts of the prefill components, in a typed table: Vietnamese is the base, English satisfies the same
 * interface, and functions take the counts and names (STYLE.md, Components). Kept here rather than in the form's
 * `translations/` so the components stay usable without `<tk-form>`.
 */
import type { Locale } from '@tokhai/core';
import type { PrefillFailureKind } from '@tokhai/prefill';

/** Every text the prefill components show. */
export interface PrefillStrings {
  // <tk-consent-panel>
  consentTitle: string;
  consentIntro: string;
  consentChoiceNote: string;
  sourceLegend: (source: string) => string;
  purpose: string;
  dataRequested: string;
  sensitiveTag: string;
  sensitiveNotice: string;
  othersTag: string;
  othersNotice: string;
  lockedTag: string;
  accept: string;
  decline: string;
  /** Visually hidden suffix that makes each source's buttons distinct for screen readers. */
  forSource: (source: string) => string;
  stateGranted: string;
  stateDeclined: string;
  statePending: string;
  /** Said once, politely, when the citizen presses Accept or Decline (or takes the choice back) on a source. */
  announceGranted: (source: string) => string;
  announceDeclined: (source: string) => string;
  announcePending: (source: string) => string;
  continue: string;
  declineAll: string;
  undecided: (count: number) => string;
  // <tk-provenance-badge>
  provenanceFrom: (source: string) => string;
  provenanceLocked: string;
  provenanceEditable: string;
  provenanceModified: string;
  // <tk-correction-request>
  correctionSummary: (field: string) => string;
  correctionCurrent: string;
  correctionSource: string;
  correctionClaimed: string;
  correctionReason: string;
  correctionReasonHint: string;
  correctionSubmit: string;
  correctionSent: (field: string) => string;
  correctionClaimedMissing: string;
  correctionClaimedSame: string;
  correctionReasonMissing: string;
  emptyValue: string;
  // <tk-prefill-status>
  statusTitle: string;
  statusFailed: (source: string, reason: string) => string;
  statusDeclined: (source: string) => string;
  statusAmbiguous: (source: string) => string;
  statusFields: string;
  /** The action after a declined source: ask for consent again (the panel says consent can change before submitting). */
  statusReconsider: (source: string) => string;
  /** The action after a source that failed for a passing reason (time-out, connection): call it again. */
  statusRetry: (source: string) => string;
  reasons: Record<PrefillFailureKind, string>;
}

const vi: PrefillStrings = {
  consentTitle: 'Điền sẵn thông tin từ dữ liệu của cơ quan nhà nước',
  consentIntro:
    'Nếu bạn đồng ý, các thông tin dưới đây sẽ được lấy từ cơ quan đang lưu giữ để điền sẵn vào tờ khai, để bạn không phải nhập lại. Chọn Đồng ý hoặc Từ chối cho từng nguồn; nếu từ chối, bạn tự nhập các ô tương ứng.',
  consentChoiceNote: 'Bạn có thể đổi lựa chọn trước khi nộp hồ sơ. Dữ liệu chỉ dùng cho mục đích đã nêu.',
  sourceLegend: (source) => `Nguồn dữ liệu: ${source}`,
  purpose: 'Mục đích',
  dataRequested: 'Thông tin sẽ lấy',
  sensitiveTag: 'dữ liệu cá nhân nhạy cảm',
  sensitiveNotice:
    'Nguồn này gồm dữ liệu cá nhân nhạy cảm theo Nghị định 13/2023/NĐ-CP (ví dụ dân tộc, tôn giáo, sức khỏe). Dữ liệu này chỉ được dùng để điền tờ khai này.',
  othersTag: 'thông tin của người khác',
  othersNotice: 'Nguồn này gồm thông tin của người khác (cha, mẹ, vợ hoặc chồng, thành viên hộ gia đình), do cơ quan có thẩm quyền tra cứu.',
  lockedTag: 'không sửa được; nếu sai, gửi yêu cầu điều chỉnh',
  accept: 'Đồng ý',
  decline: 'Từ chối, tôi tự nhập',
  forSource: (source) => ` (${source})`,
  stateGranted: 'Bạn đã đồng ý lấy dữ liệu từ nguồn này.',
  stateDeclined: 'Bạn đã từ chối; bạn sẽ tự nhập các thông tin này.',
  statePending: 'Chưa chọn.',
  announceGranted: (source) => `Đã chọn Đồng ý cho ${source}.`,
  announceDeclined: (source) => `Đã chọn Từ chối cho ${source}.`,
  announcePending: (source) => `Đã bỏ lựa chọn cho ${source}; nguồn này chưa được chọn.`,
  continue: 'Tiếp tục',
  declineAll: 'Bỏ qua, tôi tự nhập tất cả',
  undecided: (count) => `Vui lòng chọn Đồng ý hoặc Từ chối cho ${count} nguồn dữ liệu còn lại.`,
  provenanceFrom: (source) => `Lấy từ ${source}`,
  provenanceLocked: 'không sửa được',
  provenanceEditable: 'bạn có thể sửa',
  provenanceModified: 'bạn đã sửa',
  correctionSummary: (field) => `Thông tin “${field}” chưa đúng? Yêu cầu điều chỉnh`,
  correctionCurrent: 'Thông tin hiện có',
  correctionSource: 'Nguồn',
  correctionClaimed: 'Thông tin đúng',
  correctionReason: 'Lý do',
  correctionReasonHint: 'Ví dụ: giấy tờ chứng minh bạn có (giấy khai sinh, quyết định thay đổi hộ tịch…).',
  correctionSubmit: 'Gửi yêu cầu điều chỉnh',
  correctionSent: (field) => `Đã ghi nhận yêu cầu điều chỉnh “${field}”. Yêu cầu được gửi kèm hồ sơ để cơ quan quản lý dữ liệu xem xét.`,
  correctionClaimedMissing: 'Nhập thông tin đúng',
  correctionClaimedSame: 'Thông tin đúng phải khác thông tin hiện có',
  correctionReasonMissing: 'Nhập lý do điều chỉnh',
  emptyValue: '(trống)',
  statusTitle: 'Một số thông tin chưa được điền sẵn',
  statusFailed: (source, reason) => `Không lấy được dữ liệu từ ${source} (${reason}) — vui lòng tự nhập`,
  statusDeclined: (source) => `Bạn đã không đồng ý lấy dữ liệu từ ${source} — vui lòng tự nhập`,
  statusAmbiguous: (source) => `Địa chỉ lấy từ ${source} thuộc đơn vị hành chính đã sắp xếp lại — vui lòng chọn xã, phường mới`,
  statusFields: 'Các ô cần nhập',
  statusReconsider: (source) => `Đổi ý: điền sẵn từ ${source}`,
  statusRetry: (source) => `Thử lấy lại dữ liệu từ ${source}`,
  reasons: {
    timeout: 'quá thời gian chờ',
    http: 'lỗi kết nối',
    malformed: 'dữ liệu trả về không hợp lệ',
    type: 'dữ liệu không khớp với ô cần điền',
    ambiguous: 'cần bạn chọn',
    declined: 'bạn không đồng ý',
    aborted: 'đã dừng',
    assurance: 'tài khoản định danh điện tử mức 1; cần mức 2',
    unavailable: 'nguồn dữ liệu không phản hồi',
  },
};

const en: PrefillStrings = {
  consentTitle: 'Fill in from government records',
  consentIntro:
    'If you agree, the details below are fetched from the agency that holds them and filled in for you, so you do not have to type them again. Choose Accept or Decline for each source; if you decline, you type those answers yourself.',
  consentChoiceNote: 'You can change your choice before you submit. The data is used only for the stated purpose.',
  sourceLegend: (source) => `Data source: ${source}`,
  purpose: 'Purpose',
  dataRequested: 'Data requested',
  sensitiveTag: 'sensitive personal data',
  sensitiveNotice:
    'This source includes sensitive personal data under Decree 13/2023/NĐ-CP (such as ethnicity, religion or health). It is used only to fill in this form.',
  othersTag: 'about another person',
  othersNotice: 'This source includes data about other people (parents, spouse, household members), looked up by the competent authority.',
  lockedTag: 'cannot be edited; request a correction if it is wrong',
  accept: 'Accept',
  decline: 'Decline, I will type it',
  forSource: (source) => ` (${source})`,
  stateGranted: 'You accepted data from this source.',
  stateDeclined: 'You declined; you will type these answers yourself.',
  statePending: 'Not chosen yet.',
  announceGranted: (source) => `Accept chosen for ${source}.`,
  announceDeclined: (source) => `Decline chosen for ${source}.`,
  announcePending: (source) => `Choice removed for ${source}; it is not chosen yet.`,
  continue: 'Continue',
  declineAll: 'Skip, I will type everything',
  undecided: (count) => `Choose Accept or Decline for the remaining ${count} data source${count === 1 ? '' : 's'}.`,
  provenanceFrom: (source) => `From ${source}`,
  provenanceLocked: 'read-only',
  provenanceEditable: 'you can edit',
  provenanceModified: 'changed by you',
  correctionSummary: (field) => `Is “${field}” wrong? Request a correction`,
  correctionCurrent: 'Current record',
  correctionSource: 'Source',
  correctionClaimed: 'Correct information',
  correctionReason: 'Reason',
  correctionReasonHint: 'For example, the documents you have that show it (birth certificate, change of civil status…).',
  correctionSubmit: 'Send correction request',
  correctionSent: (field) => `Your correction request for “${field}” is recorded. It is sent with your application for the record keeper to review.`,
  correctionClaimedMissing: 'Enter the correct information',
  correctionClaimedSame: 'The correct information must differ from the current record',
  correctionReasonMissing: 'Enter the reason for the correction',
  emptyValue: '(empty)',
  statusTitle: 'Some answers were not filled in',
  statusFailed: (source, reason) => `Could not get data from ${source} (${reason}) — please enter it yourself`,
  statusDeclined: (source) => `You did not accept data from ${source} — please enter it yourself`,
  statusAmbiguous: (source) => `The address from ${source} is in an administrative unit that was reorganised — please choose the new commune or ward`,
  statusFields: 'Fields to fill in',
  statusReconsider: (source) => `Changed your mind? Fill in from ${source}`,
  statusRetry: (source) => `Try ${source} again`,
  reasons: {
    timeout: 'no answer in time',
    http: 'connection error',
    malformed: 'the data returned was not valid',
    type: 'the data did not fit the field',
    ambiguous: 'your choice is needed',
    declined: 'you declined',
    aborted: 'stopped',
    assurance: 'your e-ID account is level 1; level 2 is needed',
    unavailable: 'the source did not respond',
  },
};

const TABLE: Record<Locale, PrefillStrings> = { vi, en };

/** The texts of a locale (`Locale`; Vietnamese for anything else). */
export function prefillStrings(locale: string | undefined): PrefillStrings {
  return locale === 'en' ? TABLE.en : TABLE.vi;
}
