// SPDX-License-Identifier: MIT
/**
 * The Vue 3 example: `<tk-form>` in a Vue app through a render function, so the app needs only Vue's runtime
 * (no template compiler, which would evaluate code and need `'unsafe-eval'` in the browser, and no
 * `compilerOptions.isCustomElement`). A `.form` key sets the definition as a DOM property (Vue's `.prop`
 * modifier); `onTkSubmit` listens to `tk-submit` (Vue turns `onTkSubmit` into the event name `tk-submit`).
 */
import { defineComponent, h, markRaw, shallowRef, type PropType } from 'vue';
// Defines <tk-form> and its widgets.
import '@tokhai/elements/bundle';
import type { TkForm, TkSubmitDetail, TkSubmitEvent } from '@tokhai/elements';
import birthRegistration from '../../../forms/birth-registration/vn.moj.birth-registration.form.json';

/** What `<tk-form>`'s `form` property takes. */
type FormInput = NonNullable<TkForm['form']>;

/**
 * The catalog's birth registration (`forms/birth-registration/`), as authored. `markRaw`: the element reads it,
 * Vue has no reason to make it reactive.
 */
export const definition = markRaw(birthRegistration as unknown as FormInput);

type Submission = TkSubmitDetail['submission'];
type Locale = 'vi' | 'en';

const TEXT = {
  vi: { received: 'Đã nhận hồ sơ', id: 'Mã hồ sơ' },
  en: { received: 'Application received', id: 'Reference' },
} as const;

/** The page: the form, then the receipt once it was submitted. */
export const App = defineComponent({
  name: 'TokhaiApp',
  props: {
    /** Language of the form and of the page texts. */
    locale: { type: String as PropType<Locale>, default: 'vi' },
  },
  setup(props) {
    const submission = shallowRef<Submission>();
    const onTkSubmit = (event: TkSubmitEvent) => {
      // A portal POSTs `event.detail.submission` to its server here; the server verifies it again.
      submission.value = event.detail.submission;
    };
    return () => {
      const t = TEXT[props.locale];
      const done = submission.value;
      return h('main', [
        h('tk-form', { '.form': definition, '.locale': props.locale, 'heading-level': '1', onTkSubmit }),
        done
          ? h('section', { class: 'receipt', 'aria-labelledby': 'receipt-title' }, [
              h('h2', { id: 'receipt-title' }, t.received),
              h('p', [`${t.id}: `, h('strong', { 'data-testid': 'submission-id' }, done.submissionId)]),
              h('pre', { 'data-testid': 'submission' }, JSON.stringify(done, null, 2)),
            ])
          : null,
      ]);
    };
  },
});
