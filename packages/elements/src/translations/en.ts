// SPDX-License-Identifier: MIT
import type { WidgetStrings } from '../widgets/shared/strings.js';
import { fileSize } from './file-size.js';
import type { Translation } from './vi.js';

/** English: complete, checked against the Vietnamese base by the `Translation` type. */
const texts: Translation = {
  $code: 'en',
  $name: 'English',

  loading: 'Loading the form…',
  loadFailed: 'The form could not be loaded',
  loadFailedDetail: (url, reason) => `The form could not be loaded from ${url} (${reason}). Reload the page or try again later.`,
  invalidDefinition: 'The form is not valid',
  definitionProblems: (n) => `The form definition has ${n} ${n === 1 ? 'problem' : 'problems'}:`,
  noForm: 'There is no form to show yet.',

  errorPrefix: 'Error:',
  unsupportedField: (label) => `The field “${label}” is not supported yet`,
  unsupportedFieldHint: 'This field cannot be filled in on this page. Contact the receiving office.',
  yes: 'Yes',
  no: 'No',
  notProvided: 'Not provided',
  opensInNewTab: '(opens in a new tab)',
  loadingData: 'Loading data…',

  errorSummaryTitle: 'There is a problem',
  errorSummaryIntro: (n) => `There ${n === 1 ? 'is 1 error' : `are ${n} errors`}. Select an error to go to the field.`,
  validityMessage: (n, first) => (n === 1 ? first : `There are ${n} errors to fix. ${first}`),

  stepOf: (i, n, title) => `Step ${i} of ${n}: ${title}`,
  stepsLabel: 'Steps',
  stepDone: '(completed)',
  stepCurrent: '(current step)',
  next: 'Continue',
  back: 'Back',
  submit: 'Submit',
  acceptAndSubmit: 'Accept and send',

  reviewTitle: 'Check your answers',
  reviewIntro: 'Check the information below before you send it.',
  change: 'Change',
  changeWhat: (label) => ` ${label}`,
  reviewStep: 'Check your answers',


  knownStepIntro: (sources) => `We already have this information from ${sources}. You do not need to enter it again.`,
  submitFailed: 'Your application has not been sent. Your answers are kept. Check your connection, then submit again.',
  answersKept: 'Your answers are kept and will show again once the form loads.',
  formChangedNotCarried: 'The form has just been updated. The following answers have no place in the new form and will not be sent; note them down if you need them:',
  providerNames: {
    vneid: 'VNeID',
    population: 'the National Population Database',
    health: 'the health information system',
    insurance: 'Vietnam Social Security',
    licences: 'the driving licence database',
  },

  draftFound: (savedAt) => `You have an unsent draft saved at ${savedAt}. Do you want to continue it?`,
  draftOlderVersion: (oldV, newV) => `The draft was saved for version ${oldV} of this form; the form is now version ${newV}.`,
  draftNotCarried: 'The following information cannot be carried into the new form. Note it down if you need it before you decide:',
  draftNotCarriedAfter: 'The following information from the old draft could not be carried into the new form; enter it again if needed:',
  draftRestore: 'Restore draft',
  draftDiscard: 'Discard draft',
  draftRestored: 'Your draft has been restored.',
  draftDismiss: 'Got it',

  kioskTitle: 'Shared device',
  kioskIdleWarning: (s) => `Are you still there? To protect your information, everything you entered will be cleared in ${s} seconds.`,
  kioskStay: 'I am still here',
  kioskCleared: 'Your information has been cleared to protect your privacy.',

  assistedTitle: 'Assisted application',
  assistedBody: 'An officer is filling in this form for a citizen. The citizen must check and confirm the information before it is sent.',
  officerId: 'Officer ID',
  officerIdHint: 'The officer ID is recorded with the application.',
  officerIdMissing: 'Enter the officer ID',
  citizenConfirm: 'The citizen has checked and confirms that the information above is correct',
  citizenConfirmMissing: 'The citizen must confirm the information before it is sent',
  assistedOfficer: (id) => `Assisting officer: ${id}`,

};

/** English widget texts, checked against the Vietnamese ones by the `WidgetStrings` type. */
export const widgets: WidgetStrings = {
  required: ' (required)',
  errorPrefix: texts.errorPrefix,
  prefilledFrom: (s) => `From ${s}`,
  prefilledChanged: (s) => `Changed (data from ${s})`,
  prefilledLocked: (s) => `From ${s}, cannot be changed`,
  opensInNewTab: texts.opensInNewTab,

  day: 'Day',
  month: 'Month',
  year: 'Year',
  dateFormatHint: 'For example, 15 3 2025',
  partialDateHint: 'If you do not know the day or month, you can enter only the year, or the month and year.',

  charLimit: (max) => `You can enter up to ${max} characters.`,
  charsRemaining: (n) =>
    n >= 0
      ? `You have ${n} character${n === 1 ? '' : 's'} remaining.`
      : `You have ${-n} character${n === -1 ? '' : 's'} too many.`,

  selectPlaceholder: '— Select —',
  yes: texts.yes,
  no: texts.no,

  itemLabel: (n) => `Item ${n}`,
  itemNoun: 'item',
  addItem: (noun) => `Add ${noun}`,
  removeItem: (item) => `Remove ${item}`,
  moveItemUp: (item) => `Move ${item} up`,
  moveItemDown: (item) => `Move ${item} down`,
  itemAdded: (item) => `${item} added.`,
  itemRemoved: (item) => `${item} removed.`,
  itemMoved: (item, position) => `${item} moved to position ${position}.`,
  maxItemsReached: (max) => `You have added the maximum (${max}).`,
  noItems: 'Nothing added yet.',

  currentFile: (name, size) => `Chosen file: ${name} (${size})`,
  removeFile: (name) => `Remove file ${name}`,
  uploading: (name) => `Uploading ${name}…`,
  uploaded: (name) => `${name} uploaded.`,
  uploadFailed: (name) => `${name} could not be uploaded. Try again.`,
  fileTooLarge: (max) => `The file must be smaller than ${max}.`,
  fileTypeNotAllowed: (accepted) => `The file must be ${accepted}.`,
  acceptedFiles: (accepted, max) => `Formats: ${accepted}${max ? `. Maximum size ${max}` : ''}.`,
  fileSize: fileSize('.'),

  province: 'Province/City',
  commune: 'Commune/Ward/Special zone',
  street: 'House number, street, hamlet',
  chooseProvinceFirst: '— Choose a province first —',
  loadingCommunes: 'Loading communes…',
  communesFailed: 'The list of communes could not be loaded. Choose the province again.',

  noChildRenderer: 'The fields of this section cannot be shown.',
};

export default texts;
