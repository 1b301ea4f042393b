// SPDX-License-Identifier: MIT
/**
 * The React 19 example: `<tk-form>` in a React app, with no wrapper component. React 19 sets a custom element's
 * props as properties when the element has such a property (so `form` receives the definition object, not a
 * string), and turns `on<event-name>` props into `addEventListener('<event-name>')` with the name kept as written,
 * so `'ontk-submit'` listens to `tk-submit`. Plain `createElement` calls: no JSX, so no transform is needed.
 */
import { createElement as h, useCallback, useState, type ReactElement } from 'react';
// Defines <tk-form> and its widgets. It must run before React creates the element: React decides between property
// and attribute by looking at the element it created.
import '@tokhai/elements/bundle';
import type { TkForm, TkSubmitDetail, TkSubmitEvent } from '@tokhai/elements';
import birthRegistration from '../../../forms/birth-registration/vn.moj.birth-registration.form.json';

/** What `<tk-form>`'s `form` property takes. */
type FormInput = NonNullable<TkForm['form']>;

/** The catalog's birth registration (`forms/birth-registration/`), as authored. */
export const definition = birthRegistration as unknown as FormInput;

type Submission = TkSubmitDetail['submission'];

const TEXT = {
  vi: { received: 'Đã nhận hồ sơ', id: 'Mã hồ sơ' },
  en: { received: 'Application received', id: 'Reference' },
} as const;

/** Props of {@link App}. */
export interface AppProps {
  /** Language of the form and of the page texts. Default `vi`. */
  locale?: 'vi' | 'en';
}

/** The receipt: what a portal would have sent to its server, shown as text. */
function Receipt({ submission, locale }: { submission: Submission; locale: 'vi' | 'en' }): ReactElement {
  const t = TEXT[locale];
  return h(
    'section',
    { className: 'receipt', 'aria-labelledby': 'receipt-title' },
    h('h2', { id: 'receipt-title' }, t.received),
    h('p', null, `${t.id}: `, h('strong', { 'data-testid': 'submission-id' }, submission.submissionId)),
    h('pre', { 'data-testid': 'submission' }, JSON.stringify(submission, null, 2)),
  );
}

/** The page: the form, then the receipt once it was submitted. */
export function App({ locale = 'vi' }: AppProps): ReactElement {
  const [submission, setSubmission] = useState<Submission>();
  // A stable listener: React re-adds the listener only when this function changes.
  const handleSubmit = useCallback((event: TkSubmitEvent) => {
    // A portal POSTs `event.detail.submission` to its server here; the server verifies it again.
    setSubmission(event.detail.submission);
  }, []);
  return h(
    'main',
    null,
    h('tk-form', { form: definition, locale, 'heading-level': '1', 'ontk-submit': handleSubmit }),
    submission ? h(Receipt, { submission, locale }) : null,
  );
}
