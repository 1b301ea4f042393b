// SPDX-License-Identifier: MIT
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  CompiledForm,
  Evaluation,
  FormDefinition,
  Locale,
  LocatedError,
  Submission,
  ValidationResult,
} from '@tokhai/core';
import { withDefaults } from '@tokhai/core';
import type { CitizenDataProvider } from '@tokhai/prefill';
import { TkChangeEvent } from '../events/tk-change.js';
import { TkClearEvent, type TkClearReason } from '../events/tk-clear.js';
import type { TkFieldCommitEvent } from '../events/tk-field-commit.js';
import type { TkFieldInputEvent } from '../events/tk-field-input.js';
import { TkInvalidEvent } from '../events/tk-invalid.js';
import { TkSubmitEvent } from '../events/tk-submit.js';
import { DraftController, renderDraftNotice, renderDraftOffer } from '../drafts/draft-controller.js';
import type { DraftMode, DraftRecord } from '../drafts/draft-store.js';
import type { NotCarried } from '../drafts/migrate.js';
import type { TkConsentEvent, TkCorrectionEvent } from '../prefill/events.js';
import { PrefillController, currentProvenance } from './prefill-controller.js';
import { issueWarning } from '../internal/dev-mode.js';
import type { FieldModel } from '../internal/field-model.js';
import { FormControlController } from '../internal/form-control-controller.js';
import { addStyles, flattenStyles } from '../internal/add-styles.js';
import { IdleController, renderIdleDialog } from '../internal/idle-controller.js';
import { LocalizeController, toLocale } from '../internal/localize.js';
import { getAt, isUnder, leafPointers, setAt } from '../internal/pointer.js';
import { renderSafeMarkdown } from '../internal/safe-markdown.js';
import { VERSION } from '../internal/version.js';
import { STEP_HEADING_ID, renderStepHeading, renderStepList } from '../layouts/categorization.js';
import { renderHeading } from '../layouts/heading.js';
import { ViewRenderer } from '../layouts/view-renderer.js';
import { containers, registry } from '../registry.js';
import { formatAnswer, isEmptyAnswer } from '../review/format-answer.js';
import { renderReview, reviewModels, type ItemOf, type ReviewSection } from '../review/review.js';
import type { Translation } from '../translations/vi.js';
import { ERROR_SUMMARY_ID, renderErrorSummary, type SummaryItem } from './error-summary.js';
import { compileDefinition, isCompiled, loadDefinition, type LoadFailure } from './load-definition.js';
import { buildSubmission } from './submission.js';
import { renderFailure, renderKnownStep } from './parts.js';
import { OWN_ERRORS, assistedErrors, renderAssistedFields } from './assisted.js';
import { emptyValueOf } from '../widgets/shared/empty-value.js';
import { formStyles } from './form.styles.js';
import { LazyWidgets } from './lazy-parts.js';
import { MOVE_BUTTONS, stepIndex } from './wizard-steps.js';
import { once, trackLoad, whenLoaded } from '../internal/lazy.js';
import {
  allNodes,
  buildView,
  createViewMemo,
  errorsOf,
  fieldAt,
  fieldsOf,
  locateErrors,
  modelsIn,
  ownerOf,
  type FormView,
  type StepView,
  type ViewMemo,
  type ViewNode,
  sameJson,
} from './view-model.js';

/**
 * The drafts' migration code and the notice of what it could not carry (`drafts/carry-answers.ts`), loaded when
 * the portal replaces a form the citizen has answered: the answers are carried into the new definition as a draft
 * of the old version would be.
 */
const loadCarry = once(() => import('../drafts/carry-answers.js'));

/** How long the same answers submitted again by the citizen are ignored (a double click, Enter twice). */
const RESUBMIT_GUARD_MS = 1000;

/** Tags of the prefill components (packages/elements/src/prefill/), whose light-DOM styles are adopted too. */
const PREFILL_TAGS = ['tk-consent-panel', 'tk-correction-request', 'tk-provenance-badge', 'tk-prefill-status'];


/** Everything derived from (form, data, locale) by core; recomputed only when one of them changes. */
interface Derived {
  compiled: CompiledForm;
  data: unknown;
  locale: Locale;
  /** The built-in texts then: new ones (a locale's texts and core's messages arrived) mean new error messages. */
  texts: Translation;
  /** The evaluation date (`$now` of computed values). */
  now: string;
  evaluation: Evaluation;
  /** Core's validation (visible fields, messages in `locale`), run on first read: a first render shows no error. */
  readonly validation: ValidationResult;
  /** The validation's errors, located (`locateErrors`); read lazily too. */
  readonly errors: LocatedError[];
  /** Whether the validation ran already. */
  readonly validated: boolean;
}



/**
 * @summary Renders a tokhai form definition as an accessible, bilingual form: fields, wizard steps, a review
 * step, GOV.UK-style error summary, prefill with consent, drafts, kiosk and assisted modes.
 * @status stable
 * @since 0.1
 * @dependency tk-consent-panel
 * @dependency tk-correction-request
 *
 * @event tk-change - The data changed (`detail: {data, valid, errors}`).
 * @event tk-submit - A valid form was submitted (`detail: {data, submission}`); cancelable.
 * @event tk-invalid - A submit or "Next" found errors; the error summary is shown (`detail: {errors}`).
 * @event tk-clear - A kiosk form cleared every answer (`detail: {reason: 'idle' | 'submit'}`).
 *
 * @csspart form - The inner `<form>` element.
 * @csspart title - The form title.
 * @csspart description - The form description.
 * @csspart error-summary - The error summary box; `error-summary-title`, `error-summary-list`, `error-summary-link` inside.
 * @csspart step-list - The wizard's list of steps; `step`, `step-current` on its items.
 * @csspart step-heading - The heading of the current step ("Bước 2/4: …").
 * @csspart vertical-layout - A VerticalLayout.
 * @csspart horizontal-layout - A HorizontalLayout.
 * @csspart group - A Group's fieldset; `legend` is its legend.
 * @csspart text - A Label element's paragraph.
 * @csspart review - The review step; `review-title`, `review-list`, `review-row`, `review-key`, `review-value`, `change-button`.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button; `button-primary` or `button-secondary` as well.
 * @csspart banner - Every banner (draft offer, assisted mode, prefill notices, kiosk notice).
 * @csspart unsupported - The fallback shown for a control no widget fits.
 * @csspart failure - The error shown when the form cannot be loaded or is invalid.
 * @csspart control - (widgets) The native input of every widget; see each widget's docs for more parts.
 *
 * @cssproperty --tk-font-family - Font of the whole form. Default: the system UI font.
 * @cssproperty --tk-font-size - Base font size. Default: 1rem.
 * @cssproperty --tk-line-height - Base line height. Default: 1.5.
 * @cssproperty --tk-color-text - Text colour. Default: #0b0c0c.
 * @cssproperty --tk-color-background - Background of the form and the error summary. Default: transparent / #fff.
 * @cssproperty --tk-color-primary - Primary buttons, current step, banner accent. Default: #0b5394.
 * @cssproperty --tk-color-primary-text - Text on primary buttons. Default: #fff.
 * @cssproperty --tk-color-primary-hover - Primary button hover. Default: #083f72.
 * @cssproperty --tk-color-secondary - Secondary buttons. Default: #f3f2f1.
 * @cssproperty --tk-color-link - Links and "Change" buttons. Default: #1d4f91.
 * @cssproperty --tk-color-hint - Hints and muted text. Default: #484f53.
 * @cssproperty --tk-color-error - Errors. Default: #b3261e.
 * @cssproperty --tk-color-success - Completed steps, success banners. Default: #00703c.
 * @cssproperty --tk-color-focus - Focus ring. Default: #ffbf47.
 * @cssproperty --tk-color-focus-edge - The dark edge of the focus ring. Default: #0b0c0c.
 * @cssproperty --tk-color-border-muted - Dividers. Default: #b1b4b6.
 * @cssproperty --tk-color-banner - Banner background. Default: #eef3f9.
 * @cssproperty --tk-radius - Corner radius of buttons and controls. Default: 0.
 * @cssproperty --tk-space-2 - Small spacing. Default: 0.5rem.
 * @cssproperty --tk-space-3 - Medium spacing. Default: 1rem.
 * @cssproperty --tk-space-4 - Large spacing (between fields and sections). Default: 1.5rem.
 * @cssproperty --tk-max-width - Maximum width of the form. Default: 48rem.
 * @cssproperty --tk-column-min - Minimum column width in a HorizontalLayout before it wraps. Default: 14rem.
 *
 * @cssstate invalid - The data is invalid now.
 * @cssstate user-invalid - The data is invalid and a submit was attempted.
 */
export class TkForm extends LitElement {
  static override styles = formStyles;

  /** Takes part in native forms through ElementInternals. */
  static formAssociated = true;

  /** The package version, checked by `define()`. */
  static readonly version = VERSION;

  // ------------------------------------------------------------------------------------------------------------
  // Properties and attributes
  // ------------------------------------------------------------------------------------------------------------

  /**
   * The form: a `FormDefinition` (compiled here with core's default, eval-free engine) or a `CompiledForm`.
   * Takes precedence over `src`.
   * @category properties
   */
  @property({ attribute: false }) form: FormDefinition | CompiledForm | undefined;

  /**
   * URL of a `.form.json` to fetch when `form` is not set. The only network request the element makes.
   * @category attributes
   */
  @property({ reflect: true }) src: string | undefined;

  /**
   * Language of the form and its messages: `vi` (default) or `en`. Switching keeps the data.
   * @category attributes
   */
  @property({ reflect: true, converter: { fromAttribute: (v) => toLocale(v), toAttribute: (v: string) => v } })
  locale: Locale = 'vi';

  /**
   * The name under which a surrounding native `<form>` submits the data (as JSON).
   * @category attributes
   */
  @property({ reflect: true }) name = '';

  /**
   * Autosave drafts: `none` (default), `session` (sessionStorage) or `local` (localStorage). Ignored in kiosk mode.
   * @category attributes
   */
  @property() draft: DraftMode = 'none';

  /**
   * Shared-device mode: nothing is persisted, and all data is cleared after a submission and after `idle-timeout`.
   * @category attributes
   */
  @property({ type: Boolean, reflect: true }) kiosk = false;

  /**
   * Kiosk mode: seconds without activity before the data is cleared (a warning shows first). Default 120.
   * @category attributes
   */
  @property({ type: Number, attribute: 'idle-timeout' }) idleTimeout = 120;

  /**
   * Assisted mode: an officer fills in the form for a citizen; the officer id and the citizen's confirmation are
   * required before submitting and recorded in `submission.assisted`.
   * @category attributes
   */
  @property({ type: Boolean, reflect: true }) assisted = false;

  /**
   * Assisted mode: the officer's id. When absent, the review step asks for it.
   * @category attributes
   */
  @property({ attribute: 'officer-id' }) officerId: string | undefined;

  /**
   * Adds a review step ("Kiểm tra lại thông tin") before submitting a form that is not a wizard (wizards always have one).
   * @category attributes
   */
  @property({ type: Boolean, reflect: true }) review = false;

  /**
   * The browser's Back and Forward buttons move between the wizard's steps and the review: each step the citizen
   * moves to adds a history entry (same URL), in `history.state.tokhai[name || form id]`, beside the page's own
   * state. Off by default: a portal whose router reacts to every `popstate` should read the README first.
   * @category attributes
   */
  @property({ type: Boolean, attribute: 'step-history' }) stepHistory = false;

  /**
   * Shows every field as read-only (a submitted application, an officer's view).
   * @category attributes
   */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /**
   * Level of the form's top headings (title, error summary, step heading), so the form fits the portal's outline. Default 2.
   * @category attributes
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Citizen data providers (`@tokhai/prefill`). With a definition that has `prefill` bindings, the citizen is asked
   * for consent first, then granted sources fill the form.
   * @category properties
   */
  @property({ attribute: false }) providers: CitizenDataProvider[] | undefined;

  /**
   * The data subject passed to providers (the signed-in citizen's ĐDCN), when the portal knows it.
   * @category properties
   */
  @property({ attribute: false }) subject: string | undefined;

  /**
   * A prefill record made outside the form (`{provenance, consent, attestations, corrections}`): a bundle page asks
   * for consent once and runs `runBundlePrefill` for every member form, then gives each member its values in `data`
   * and its record here. The form shows the provenance (badges, locked fields) and submits the record; a record
   * with consent means the form does not ask again. `undefined` forgets it (the form's own prefill flow applies).
   * Reading gives the record now, with the citizen's correction requests.
   * @category properties
   */
  @property({ attribute: false })
  get prefillRecord(): PrefillController['record'] {
    return this.prefill.record;
  }
  set prefillRecord(value: PrefillController['record'] | undefined) {
    const old = this.prefill.record;
    if (value) this.prefill.restore(value);
    else this.prefill.reset();
    this.requestUpdate('prefillRecord', old);
  }

  /**
   * The form data. Setting it replaces the answers (and is what `reset()` returns to); reading it gives the
   * current answers. The element never mutates it: every edit produces a new object. Without data of its own
   * (never set, or `undefined`) the form is a new declaration and starts with the schema's `default`s (core's
   * `withDefaults`); data the portal sets is taken as it is, with no default added.
   * @category properties
   */
  @property({ attribute: false })
  get data(): unknown {
    return this.currentData;
  }
  set data(value: unknown) {
    const old = this.currentData;
    this.initialData = value;
    const next = this.startData();
    // Other answers: Back and Forward no longer lead to the steps of the previous ones (not an echo of tk-change).
    if (next !== old) this.historySession++;
    this.currentData = next;
    this.requestUpdate('data', old);
  }

  // ------------------------------------------------------------------------------------------------------------
  // State
  // ------------------------------------------------------------------------------------------------------------

  private currentData: unknown = undefined;
  /** The data the portal gave (`undefined`: none, a new declaration that starts with the schema's defaults). */
  private initialData: unknown = undefined;
  @state() private compiled: CompiledForm | undefined;
  @state() private failure: LoadFailure | undefined;
  @state() private loading = false;
  /**
   * The wizard step shown, by identity: its UI path (`undefined`: the first step). See `step` for its position.
   */
  private stepPath: string | undefined;
  /** Whether the review step is shown. */
  @state() private reviewing = false;
  /**
   * The citizen left the review to change an answer ("Change", or a submit that found an error): "Next" on a
   * valid step then goes straight back to the review (GOV.UK's check-answers pattern), through any step that
   * now has an error first (an answer that shows new questions), instead of through every step again.
   */
  private returning = false;
  /** `pointer|keyword` of the errors listed in the summary since the last attempt. */
  @state() private summaryKeys: Set<string> | undefined;
  @state() private formDisabled = false;
  @state() private officerInput = '';
  @state() private confirmedAt: string | undefined;
  @state() private notice: 'cleared' | 'submit-failed' | undefined;
  /** Answers a new definition set by the portal had no place for: listed until the citizen dismisses them. */
  @state() private notCarried: NotCarried[] = [];
  /** The carrying code, once loaded (it also renders the notice of `notCarried`). */
  private carry: typeof import('../drafts/carry-answers.js') | undefined;
  /** The definition the answers belong to: a different one set later carries them over (`carryAnswers`). */
  private answersFor: FormDefinition | undefined;

  /** Fields the citizen finished with (commit/blur): their errors show, and then stay live. */
  private touched = new Set<string>();
  /** Fields whose errors a "Next" or submit revealed; `all` after a submit attempt. */
  private revealed: Set<string> | 'all' = new Set();
  /** Fields the citizen typed in: prefill never overwrites them. */
  private typed = new Set<string>();
  private loadAbort: AbortController | undefined;
  private derived: Derived | undefined;
  private view: FormView = {};
  /** The previous view's nodes and models, so what did not change keeps its identity (see view-model.ts). */
  private viewMemo: ViewMemo = createViewMemo();
  /** Fields edited since the last view: their widgets get a new `FieldModel` even when it is equal. */
  private freshPointers = new Set<string>();
  /** Draws the view's layouts and widgets (layouts/view-renderer.ts). */
  private readonly views = new ViewRenderer({
    widgetCreated: (row) => this.lazyWidgets.created(row),
    isKnownLocked,
    displayOf: (model, t) => this.displayOf(model, t),
    onCorrection: (event) => this.handleCorrection(event as TkCorrectionEvent),
  });
  /** Data pointer → widget tag of the current view (for the review's display functions). */
  private widgetTags = new WeakMap<FormView, Map<string, string>>();
  private focusAfterRender: (() => Promise<void>) | undefined;
  private reviewDisplay = new Map<string, string>();
  private idleSeconds = 0;
  /** Bumped when the answers start anew (new data, reset, submit): older history entries are ignored (step-history.ts). */
  private historySession = 0;
  private stepHistoryLoad: Promise<unknown> | undefined;

  // ------------------------------------------------------------------------------------------------------------
  // Controllers
  // ------------------------------------------------------------------------------------------------------------

  /** Native form participation. @category controllers */
  private readonly control = new FormControlController(this);

  /** Draft autosave and restore. @category controllers */
  private readonly drafts = new DraftController(this);

  /** Consent, prefill and provenance. @category controllers */
  private readonly prefill = new PrefillController(this);

  /** Kiosk idle clearing. @category controllers */
  private readonly idle = new IdleController(this, {
    enabled: () => this.kiosk && this.compiled !== undefined,
    timeout: () => (Number.isFinite(this.idleTimeout) && this.idleTimeout > 0 ? this.idleTimeout : 120),
    onWarn: (seconds) => {
      this.idleSeconds = seconds;
    },
    onIdle: () => this.clearAll('idle'),
  });

  /** Built-in texts in the current locale. @category controllers */
  private readonly localize = new LocalizeController(this);

  /** Widgets loaded on first use (registry rows with `load`). @category controllers */
  private readonly lazyWidgets = new LazyWidgets(this);

  private get t(): Translation {
    return this.localize.term;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Public methods
  // ------------------------------------------------------------------------------------------------------------

  /** Validates the current data with core (visible fields, in the current locale) without showing anything. */
  validate(): ValidationResult {
    const d = this.derive();
    return d ? { valid: d.errors.length === 0, errors: d.errors } : { valid: false, errors: [] };
  }

  /** Checks validity without showing messages. Returns `true` when valid (fires `invalid` when not, as native controls do). */
  checkValidity(): boolean {
    this.syncFormValue();
    this.quietInvalid = true;
    try {
      return this.control.checkValidity();
    } finally {
      this.quietInvalid = false;
    }
  }

  /**
   * Checks validity and, when invalid, fires a cancelable `invalid` event on the element (as a native control's
   * `reportValidity()` does) and, unless a listener cancels it, shows the error summary and the inline errors,
   * moves focus to the summary and fires `tk-invalid`.
   */
  reportValidity(): boolean {
    const errors = this.submitErrors();
    if (errors.length === 0) return true;
    // Not the native handler's cue (that one is for a surrounding form's validation): the errors are shown here.
    this.quietInvalid = true;
    let show: boolean;
    try {
      show = this.dispatchEvent(new Event('invalid', { cancelable: true }));
    } finally {
      this.quietInvalid = false;
    }
    if (show) this.showErrors(errors, 'all');
    return false;
  }

  /**
   * Submits programmatically: validates everything, shows the errors when invalid, else dispatches `tk-submit`.
   * Resolves to the submission, or `undefined` when invalid or cancelled. Skips the review step.
   */
  async submit(): Promise<Submission | undefined> {
    await this.updateComplete;
    const errors = this.submitErrors();
    if (errors.length > 0) {
      this.showErrors(errors, 'all');
      return undefined;
    }
    return this.finishSubmit();
  }

  /**
   * Returns to the data the form was given (or, for a new declaration, to the schema's defaults), forgetting
   * touched fields, errors, step and the draft.
   */
  reset(): void {
    if (this.compiled) this.drafts.clear(this.compiled.id, this.compiled.version);
    this.restart(this.startData());
  }

  // ------------------------------------------------------------------------------------------------------------
  // Form-associated callbacks
  // ------------------------------------------------------------------------------------------------------------

  /** A surrounding form was reset. @category lifecycle */
  formResetCallback(): void {
    this.reset();
  }

  /** A surrounding fieldset or form was disabled or enabled. @category lifecycle */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** The browser restores the answers on history navigation (never in kiosk mode). @category lifecycle */
  formStateRestoreCallback(state: string | File | FormData | null, reason: 'restore' | 'autocomplete'): void {
    if (this.kiosk || reason !== 'restore' || typeof state !== 'string') return;
    try {
      this.setData(JSON.parse(state));
    } catch {
      // A state we did not write: ignore it.
    }
  }

  // ------------------------------------------------------------------------------------------------------------
  // Lifecycle
  // ------------------------------------------------------------------------------------------------------------

  private quietInvalid = false;

  /** Widgets report edits with bubbling, non-composed events: listen once at the shadow root. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('tk-field-input', this.handleFieldInput as EventListener);
    root.addEventListener('tk-field-commit', this.handleFieldCommit as EventListener);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('invalid', this.handleNativeInvalid);
    this.addEventListener('pointerdown', this.handlePointerDown, true);
  }

  override disconnectedCallback(): void {
    this.removeEventListener('invalid', this.handleNativeInvalid);
    this.removeEventListener('pointerdown', this.handlePointerDown, true);
    this.loadAbort?.abort();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('form') && this.form !== undefined) this.compileForm(this.form);
    else if (changed.has('src') && this.form === undefined) void this.load();
    if ((changed.has('providers') || changed.has('compiled')) && this.compiled) this.prefill.plan();
    if (this.compiled && (this.draft !== 'none' && !this.kiosk)) this.drafts.check(this.compiled.definition);
    // The browser's Back and Forward between steps (step-history.ts): a chunk, loaded once per element that sets
    // `step-history` (not retried: history is an extra), a controller that adds itself; `updateComplete` waits for it.
    if (this.stepHistory) {
      this.stepHistoryLoad ??= trackLoad(this, import('./step-history.js')).then(
        (m) => new m.StepHistory(this),
        (error: unknown) => issueWarning('part-not-loaded', `The step history code could not be loaded: ${String(error)}`),
      );
    }
    this.views.begin();
    this.buildViewNow();
    this.lazyWidgets.check(this.compiled, this.view, this.locale, { review: this.hasReview, assisted: this.assisted });
  }

  protected override render(): TemplateResult {
    const t = this.t;
    if (this.failure) return renderFailure(this, this.failure, this.headingLevel, t, leafPointers(this.currentData).length > 0);
    if (!this.compiled || this.lazyWidgets.loading) {
      return html`<p class="tk-loading" role="status" part="loading">${this.loading || this.src || this.compiling || this.compiled ? t.loading : t.noForm}</p>`;
    }
    const def = this.compiled.definition;
    const level = this.headingLevel;
    // Kiosk: ask the browser not to remember what this citizen typed for the next one (autofill history).
    return html`<form
      class="tk-form"
      part="form"
      lang=${this.locale}
      novalidate
      autocomplete=${this.kiosk ? 'off' : nothing}
      aria-labelledby="tk-title"
      @submit=${this.handleSubmit}
      @click=${this.handleMultiClick}
    >
      ${renderHeading(level, this.text(def.title), { id: 'tk-title', part: 'title', focusable: true })}
      ${def.description
        ? html`<p class="tk-description" part="description">
            ${renderSafeMarkdown(this.text(def.description), { newTabText: t.opensInNewTab })}
          </p>`
        : nothing}
      ${this.renderBanners(t)} ${this.renderErrorSummaryBox(t)} ${this.renderBody(t)}
      ${this.kiosk ? renderIdleDialog(this.idleSeconds, t, () => this.idle.stay()) : nothing}
    </form>`;
  }

  protected override updated(changed: PropertyValues): void {
    this.views.end();
    this.adoptWidgetStyles();
    this.syncFormValueSoon();
    if (changed.has('data') || changed.has('stepPath')) this.drafts.changed();
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.tk-idle');
    if (dialog && this.idle.warningShown && !dialog.open && this.isConnected) dialog.showModal();
    if (dialog && !this.idle.warningShown && dialog.open) dialog.close();
    const focus = this.focusAfterRender;
    this.focusAfterRender = undefined;
    if (focus) void focus();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Loading and deriving
  // ------------------------------------------------------------------------------------------------------------

  private useForm(result: CompiledForm | LoadFailure): void {
    if ('kind' in result) {
      this.failure = result;
      this.compiled = undefined;
      return;
    }
    const changedForm = this.compiled?.id !== result.id || this.compiled?.version !== result.version;
    const previous = this.answersFor;
    this.answersFor = result.definition;
    // A new declaration nobody has answered yet (no data, or only the previous form's defaults) starts with this
    // form's defaults; anything else is answers, carried over below.
    if (this.initialData === undefined && (this.currentData === undefined || this.onlyDefaults())) {
      const old = this.currentData;
      const next = withDefaults(result, undefined);
      // The same form again (or an equal copy) keeps its data object, so nothing is redrawn.
      if (!sameJson(next, old)) {
        this.currentData = next;
        this.requestUpdate('data', old);
      }
    } else if (previous && previous !== result.definition && leafPointers(this.currentData).length > 0) {
      // Labels of the fields on screen now, to name what the new definition cannot hold.
      const labels = Object.fromEntries(fieldsOf(this.view).map((m) => [m.pointer, m.label]));
      void this.carryAnswers(previous, result.definition, labels);
    }
    this.failure = undefined;
    // Nothing of another compiled form's view can be reused.
    if (this.compiled !== result) this.viewMemo = createViewMemo();
    this.compiled = result;
    if (changedForm) {
      this.stepPath = undefined;
      this.reviewing = this.returning = false;
      this.summaryKeys = undefined;
      this.drafts.forget();
    }
  }

  /**
   * The portal set another definition (a new version, a new `src`) while the form holds answers: they are carried
   * over as a draft of the old version would be (the new definition's `migrations`, when it is the same form), and
   * whatever has no place in the new schema is taken out of the data (it would not be submitted) and listed for
   * the citizen with what they typed, never dropped silently. Answers whose fields still exist stay as they are.
   */
  private async carryAnswers(from: FormDefinition, to: FormDefinition, labels: Record<string, string>): Promise<void> {
    let carry: typeof import('../drafts/carry-answers.js');
    try {
      carry = this.carry = await trackLoad(this, loadCarry());
    } catch (error) {
      issueWarning('part-not-loaded', `The code that carries answers into a new form could not be loaded; they are kept as they were: ${String(error)}`);
      return;
    }
    if (this.answersFor !== to) return; // yet another definition came meanwhile: it carries them from `to`
    const fromVersion = from.id === to.id ? from.version : to.version;
    const { data, notCarried } = carry.migrateDraft(this.currentData, fromVersion, to, labels);
    if (notCarried.length === 0 && data === this.currentData) return;
    this.notCarried = [...this.notCarried, ...notCarried];
    this.setData(data);
  }

  /** A definition being compiled: the full compiler is a chunk loaded on first use (see load-definition.ts). */
  private compiling: Promise<void> | undefined;

  /**
   * Uses a compiled form at once; compiles a definition (loading core's compiler the first time) and uses it when
   * `form` still holds it. Until then the previous form, or the loading notice, stays.
   */
  private compileForm(input: FormDefinition | CompiledForm): void {
    if (isCompiled(input)) {
      this.compiling = undefined;
      this.useForm(input);
      return;
    }
    const pending: Promise<void> = compileDefinition(input)
      .then((result) => {
        if (this.form === input) this.useForm(result);
      })
      .finally(() => {
        if (this.compiling === pending) this.compiling = undefined;
      });
    this.compiling = pending;
  }

  /** Also waits for a definition being compiled and the render that shows it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // Also the code loaded on first use that the next complete render needs (lazy widgets, drafts, texts).
    while (this.compiling || whenLoaded(this)) {
      await this.compiling;
      await whenLoaded(this);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private async load(): Promise<void> {
    this.loadAbort?.abort();
    const url = this.src;
    if (!url) return;
    const abort = (this.loadAbort = new AbortController());
    this.loading = true;
    this.failure = undefined;
    try {
      const result = await loadDefinition(url, abort.signal);
      if (abort.signal.aborted || this.form !== undefined) return;
      this.useForm(result);
    } catch {
      // Aborted by a newer `src`.
    } finally {
      if (this.loadAbort === abort) this.loading = false;
    }
  }

  /** Runs core's evaluate and validate for the current form, data and locale (memoized). */
  private derive(): Derived | undefined {
    const compiled = this.compiled;
    if (!compiled) return undefined;
    const d = this.derived;
    const now = today();
    if (d && d.compiled === compiled && d.data === this.currentData && d.locale === this.locale && d.texts === this.t && d.now === now) return d;
    // No answers yet is an empty object, not "no value": the form's root is always an object.
    const data = this.currentData ?? {};
    const evaluation = compiled.evaluate(data, { now });
    const locale = this.locale;
    let validated: { validation: ValidationResult; errors: LocatedError[] } | undefined;
    const validate = () => {
      // Hand core the evaluation it would otherwise compute again (rules, hidden fields, computed values).
      const validation = compiled.validate(data, { locale, now, evaluation });
      return (validated = { validation, errors: locateErrors(validation.errors) });
    };
    this.derived = {
      compiled,
      data: this.currentData,
      locale,
      texts: this.t,
      now,
      evaluation,
      get validation() {
        return (validated ?? validate()).validation;
      },
      get errors() {
        return (validated ?? validate()).errors;
      },
      get validated() {
        return validated !== undefined;
      },
    };
    return this.derived;
  }

  private buildViewNow(): void {
    const d = this.derive();
    if (!d) {
      this.view = {};
      return;
    }
    this.view = buildView({
      compiled: d.compiled,
      evaluation: d.evaluation,
      locale: this.locale,
      // Nothing is touched or revealed (a first render): no field shows an error, so none is needed yet.
      errors: this.revealed === 'all' || this.revealed.size > 0 || this.touched.size > 0 ? d.errors : [],
      showErrors: (p) => this.errorsShown(p),
      readonly: this.readonly,
      disabled: this.formDisabled,
      provenance: this.prefill.record.provenance,
      sourceLabel: (s) => this.sourceLabel(s),
      memo: this.viewMemo,
      fresh: this.freshPointers,
    });
    this.freshPointers = new Set();
    const steps = this.view.steps;
    if (steps && this.step >= steps.length) this.step = Math.max(0, steps.length - 1);
  }

  /** Whether a field's errors are shown: after a submit, a "Next" on its step, or once it (or a part of it) was left. */
  private errorsShown(pointer: string): boolean {
    if (this.revealed === 'all' || this.revealed.has(pointer)) return true;
    for (const t of this.touched) if (isUnder(pointer, t) || isUnder(t, pointer)) return true;
    return false;
  }

  private text(value: { vi: string; en?: string } | undefined): string {
    return value ? (value[this.locale] ?? value.vi) : '';
  }

  private sourceLabel(source: string): string {
    const provider = this.providers?.find((p) => p.id === source);
    return provider?.label[this.locale] ?? this.t.providerNames[source] ?? source;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Data
  // ------------------------------------------------------------------------------------------------------------

  /** Replaces the current answers (not the initial data) and tells the portal. */
  private setData(next: unknown): void {
    const old = this.currentData;
    this.currentData = next;
    this.requestUpdate('data', old);
    const d = this.derive();
    if (d) this.dispatchEvent(new TkChangeEvent({ data: next, valid: d.errors.length === 0, errors: d.errors }));
  }

  /** The field model at a pointer in the current view. */
  private modelAt(pointer: string): FieldModel | undefined {
    return fieldAt(this.view, pointer);
  }

  private readonly handleFieldInput = (event: TkFieldInputEvent): void => {
    const { pointer, value } = event.detail;
    const model = this.modelAt(pointer);
    // Only a visible, enabled, writable field can change: a stale or forged event is ignored.
    if (!model || !model.enabled || model.readonly) return;
    this.typed.add(pointer);
    this.freshPointers.add(pointer);
    this.setData(setAt(this.currentData ?? {}, pointer, this.storedValue(pointer, model, value)));
  };

  /**
   * What an edit stores. An emptied answer is absent (`undefined`, so `required` reports it), except an item of
   * an array: an absent item would be removed from the array (the repeater's Remove button does that, not
   * clearing a field), so it keeps the item's empty value (`emptyValueOf`: `""` for a string), reported at
   * the item.
   */
  private storedValue(pointer: string, model: FieldModel, value: unknown): unknown {
    const clean = value === '' ? undefined : value;
    if (clean !== undefined || !isArrayItem(this.currentData, pointer)) return clean;
    return emptyValueOf(model.schema);
  }

  /**
   * A field left with the mouse or a finger shows its error only once the pointer is released: the error
   * message appearing above would push the button the citizen is pressing ("Tiếp tục") out from under the
   * pointer between `pointerdown` and `pointerup`, and the click would be lost.
   */
  private pointerIsDown = false;
  private pendingTouched = new Set<string>();

  private readonly handlePointerDown = (): void => {
    this.pointerIsDown = true;
    const release = () => {
      globalThis.removeEventListener('pointerup', release, true);
      globalThis.removeEventListener('pointercancel', release, true);
      // After the click that follows this pointerup (same task), not before it.
      setTimeout(() => {
        this.pointerIsDown = false;
        if (this.pendingTouched.size === 0) return;
        for (const p of this.pendingTouched) this.touched.add(p);
        this.pendingTouched.clear();
        this.requestUpdate();
      });
    };
    globalThis.addEventListener('pointerup', release, true);
    globalThis.addEventListener('pointercancel', release, true);
  };

  private readonly handleFieldCommit = (event: TkFieldCommitEvent): void => {
    const { pointer, value } = event.detail;
    const model = this.modelAt(pointer);
    if (!model) return;
    // Focus taken by the consent panel (the form kept behind it) is not the citizen finishing with the field.
    if (!this.prefill.keepsForm || this.prefill.phase === 'loading') {
      if (this.pointerIsDown && !this.touched.has(pointer)) this.pendingTouched.add(pointer);
      else this.touched.add(pointer);
    }
    const clean = this.storedValue(pointer, model, value);
    if (model.enabled && !model.readonly && !sameJson(getAt(this.currentData, pointer), clean)) {
      this.typed.add(pointer);
      this.freshPointers.add(pointer);
      this.setData(setAt(this.currentData ?? {}, pointer, clean));
    } else if (this.pendingTouched.has(pointer)) {
      // Shown on pointer release (see handlePointerDown).
    } else if (this.isUpdatePending) {
      // A widget losing focus while this form re-renders (a step change removes it): update after this cycle.
      queueMicrotask(() => this.requestUpdate());
    } else {
      this.requestUpdate();
    }
  };

  // ------------------------------------------------------------------------------------------------------------
  // Errors and focus
  // ------------------------------------------------------------------------------------------------------------

  /** Errors that block a submission: core's (visible fields) plus assisted-mode requirements. */
  private submitErrors(): LocatedError[] {
    const d = this.derive();
    if (!d) return [];
    return [...d.errors, ...this.assistedErrors()];
  }

  private assistedErrors(): LocatedError[] {
    return this.assisted ? assistedErrors(this.t, this.officerIdValue(), this.confirmedAt) : [];
  }

  private officerIdValue(): string {
    return (this.officerId ?? this.officerInput).trim();
  }

  /** The control id an error links to: its field (or the nearest field above it), or an own control. */
  private targetOf(error: LocatedError, models: readonly FieldModel[]): string | undefined {
    if (OWN_ERRORS[error.keyword]) return OWN_ERRORS[error.keyword];
    return ownerOf(error.pointer, models)?.id;
  }

  /** Shows the summary for `errors`, reveals their fields, focuses the summary and tells the portal. */
  private showErrors(errors: LocatedError[], scope: 'all' | Set<string>): void {
    if (scope === 'all') this.revealed = 'all';
    else if (this.revealed !== 'all') for (const p of scope) this.revealed.add(p);
    this.control.toggleState('user-invalid', true);
    const steps = this.view.steps;
    const fieldErrors = errors.filter((e) => !OWN_ERRORS[e.keyword]);
    let listed = errors;
    if (scope === 'all' && !fieldErrors.length && this.hasReview) {
      // Only the assisted-mode confirmations are missing: they live on the review step.
      this.reviewing = true;
    } else if (scope === 'all' && (steps || this.reviewing)) {
      // Go where the fields are: the first step that has an error, listing that step's errors only (GOV.UK: the
      // summary is about the page on screen), so every link leads to a field the citizen can see; or, from the
      // review of a one-page form, the page. `tk-invalid` has them all.
      const [index, ofStep] = this.firstErrorStep(fieldErrors);
      if (index >= 0) this.step = index;
      if (index >= 0 || this.reviewing) {
        this.returning ||= this.reviewing;
        this.reviewing = false;
        listed = index >= 0 ? ofStep : fieldErrors;
      }
    }
    this.summaryKeys = new Set(listed.map((e) => `${e.pointer}|${e.keyword}`));
    this.dispatchEvent(new TkInvalidEvent({ errors }));
    this.focusAfterRender = async () => {
      await this.settle();
      this.renderRoot.querySelector<HTMLElement>(`#${ERROR_SUMMARY_ID}`)?.focus();
    };
    this.requestUpdate();
  }

  /** The first wizard step that has some of `errors` (-1 when none has), and its errors. */
  private firstErrorStep(errors: readonly LocatedError[]): [number, LocatedError[]] {
    const all = fieldsOf(this.view);
    const steps = this.view.steps ?? [];
    for (let i = 0; i < steps.length; i++) {
      const own = errorsOf(errors, modelsIn(steps[i].children), all);
      if (own.length) return [i, own];
    }
    return [-1, []];
  }

  /** Waits for this element and every widget to finish rendering, so ids exist before focusing. */
  private async settle(): Promise<void> {
    await this.updateComplete;
    await Promise.all([...this.views.widgets()].map((w) => w.updateComplete ?? Promise.resolve()));
  }

  /**
   * Moves focus to a field's control. GOV.UK's error summary does this by hand instead of following the
   * `#id` link (alphagov/govuk-frontend: `components/error-summary/error-summary.mjs`, `focusTarget`): the
   * browser would scroll the input to the top edge and hide its label or legend above it, leaving the citizen
   * at an input without context, and NVDA (2018.3.2) then announced only the field type ("Edit, has
   * autocomplete"), not its label. So: scroll the label or legend into view first, then focus the control
   * without scrolling again. Here there is a second reason: ids live in `<tk-form>`'s shadow root, where
   * fragment navigation cannot reach, so a plain link would do nothing at all.
   */
  private async focusControl(id: string): Promise<boolean> {
    await this.settle();
    const root = this.renderRoot as ShadowRoot;
    const element = root.getElementById(id);
    if (!element) return false;
    const target = focusableIn(element);
    const context = legendOrLabel(root, target);
    if (context) {
      context.scrollIntoView();
      target.focus({ preventScroll: true });
    } else {
      target.focus();
    }
    return true;
  }

  private readonly handleSummaryLink = (event: Event, targetId: string): void => {
    event.preventDefault();
    void this.focusControl(targetId);
  };

  /** A surrounding form's interactive validation found this element invalid: show the errors (the browser moves focus). */
  private readonly handleNativeInvalid = (event: Event): void => {
    if (this.quietInvalid || event.target !== this) return;
    this.revealed = 'all';
    const errors = this.submitErrors();
    this.summaryKeys = new Set(errors.map((e) => `${e.pointer}|${e.keyword}`));
    this.dispatchEvent(new TkInvalidEvent({ errors }));
    this.requestUpdate();
  };

  // ------------------------------------------------------------------------------------------------------------
  // Wizard, review and submit
  // ------------------------------------------------------------------------------------------------------------

  /** Whether the form has a review step. */
  private get hasReview(): boolean {
    return !!this.view.steps || this.review;
  }

  /**
   * The position of the step shown among the visible steps ("Bước 2/4", Back and Next). The step itself is kept
   * by identity (`stepPath`), not by position: a rule that shows or hides a step before it (an answer on this
   * very step can) changes its number, never which step the citizen is on. When the step itself is hidden, the
   * citizen is on the nearest following visible step, else the previous one, and stays there (it is remembered
   * here) even when the hidden step comes back.
   */
  private get step(): number {
    const steps = this.view.steps;
    if (!steps?.length) return 0;
    const index = stepIndex(steps, this.stepPath);
    const path = steps[index].uiPath;
    if (this.stepPath !== undefined && path !== this.stepPath && !this.reviewing && !this.focusAfterRender && this.shadowRoot?.activeElement) {
      // The step the citizen was in is gone, and the focus with its questions: say where they are now, as "Next" does.
      this.focusAfterRender = () => this.focusHeading(STEP_HEADING_ID);
    }
    this.stepPath = path;
    return index;
  }

  /** Shows the step at `index` of the visible steps now. */
  private set step(index: number) {
    const steps = this.view.steps;
    this.showStep(steps?.[Math.min(index, steps.length - 1)]?.uiPath);
  }

  /** Shows the step at a UI path (`undefined`: the first). */
  private showStep(uiPath: string | undefined): void {
    const old = this.stepPath;
    this.stepPath = uiPath;
    this.requestUpdate('stepPath', old);
  }

  /** Whether the last single click was on a button that takes the citizen elsewhere (see `handleMultiClick`). */
  private moved = false;

  /**
   * The rest of a double click that began on "Next", "Back", submit or "Change" is dropped (GOV.UK's
   * `data-prevent-double-click`): the first click already moved the citizen on, and the second lands on the new
   * step, on its "Next" in the same place (validating a step they have not seen, or skipping it; "Back" going
   * back two steps) or on whatever question is there now (ticking a box they never chose). Captured on the
   * form, so it stops before any handler inside. A click count above 1 means the same spot, within the
   * system's double-click time.
   */
  private readonly handleMultiClick = {
    capture: true,
    handleEvent: (event: MouseEvent): void => {
      if (event.detail > 1 && this.moved) {
        event.preventDefault();
        event.stopPropagation();
      } else this.moved = !!(event.target as Element).closest(MOVE_BUTTONS);
    },
  };

  private readonly handleSubmit = (event: Event): void => {
    event.preventDefault();
    if (this.formDisabled) return;
    const steps = this.view.steps;
    if (steps && !this.reviewing) return this.next();
    if (this.readonly) return;
    if (!this.reviewing && this.hasReview) {
      const errors = this.derive()?.errors ?? [];
      if (errors.length) return this.showErrors(errors, 'all');
      return this.goToReview();
    }
    const errors = this.submitErrors();
    if (errors.length) return this.showErrors(errors, 'all');
    const last = this.lastSubmit;
    if (last && last.data === this.currentData && Date.now() - last.at < RESUBMIT_GUARD_MS) return;
    void this.finishSubmit();
  };

  /** "Next": validates only the visible fields of the step; on success moves on and focuses the new heading. */
  private next(): void {
    const steps = this.view.steps!;
    const current = steps[this.step];
    if (!current) return;
    const models = modelsIn(current.children);
    // A read-only form (an officer's view of an application) is browsed, not validated.
    const errors = this.readonly ? [] : errorsOf(this.derive()?.errors ?? [], models, fieldsOf(this.view));
    if (errors.length) return this.showErrors(errors, new Set(models.map((m) => m.pointer)));
    this.summaryKeys = undefined;
    let to = this.step + 1;
    // Back from a change: to the first step that has an error now (an answer showed new questions), else the review.
    if (this.returning) [to] = this.firstErrorStep(this.derive()!.errors);
    if (to < 0 || to >= steps.length) return this.goToReview();
    this.step = to;
    this.focusAfterRender = () => this.focusHeading(STEP_HEADING_ID);
  }

  private goToReview(): void {
    this.summaryKeys = undefined;
    this.reviewing = true;
    this.returning = false;
    this.focusAfterRender = () => this.focusHeading('tk-review-title');
  }

  private readonly back = (): void => {
    this.summaryKeys = undefined;
    if (this.reviewing) {
      this.reviewing = false;
      this.step = Math.max(0, (this.view.steps?.length ?? 1) - 1);
    } else {
      this.step = Math.max(0, this.step - 1);
    }
    this.focusAfterRender = () => this.focusHeading(this.view.steps ? STEP_HEADING_ID : 'tk-title');
  };

  private async focusHeading(id: string): Promise<void> {
    await this.settle();
    const heading = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    heading?.focus();
  }

  /** "Change" in the review: back to the step (by its UI path), focus on the field. */
  private readonly changeAnswer = (step: string, pointer: string): void => {
    this.reviewing = false;
    this.returning = true;
    if (this.view.steps) this.showStep(step);
    this.focusAfterRender = async () => {
      await this.settle();
      const model = this.modelAt(pointer);
      if (model) await this.focusControl(model.id);
    };
  };

  /** The submit under way (its code may still be loading): a second Enter or click joins it instead of sending twice. */
  private submitting: Promise<Submission | undefined> | undefined;

  /**
   * The data of the last `tk-submit` and when it went: the same answers submitted again within
   * `RESUBMIT_GUARD_MS` by the citizen (a double click, Enter pressed twice) are ignored, as GOV.UK's buttons do
   * (`data-prevent-double-click`). An edit makes new data, so a corrected form can be sent at once.
   */
  private lastSubmit: { data: unknown; at: number } | undefined;

  /** Builds the submission, dispatches `tk-submit` and, unless cancelled, clears drafts, kiosk data, and submits a surrounding form. */
  private finishSubmit(): Promise<Submission | undefined> {
    this.submitting ??= this.sendSubmission().finally(() => (this.submitting = undefined));
    return this.submitting;
  }

  private async sendSubmission(): Promise<Submission | undefined> {
    const compiled = this.compiled;
    if (!compiled) return undefined;
    const assisted = this.assisted ? { officerId: this.officerIdValue(), confirmedAt: this.confirmedAt! } : undefined;
    // The submission code loads on the first submit; `updateComplete` waits for it (and for `tk-submit`).
    const submission = await trackLoad(
      this,
      buildSubmission({
        compiled,
        data: this.currentData ?? {},
        locale: this.locale,
        prefill: { ...this.prefill.record, provenance: currentProvenance(this.prefill.record.provenance, this.currentData) },
        ...(assisted ? { assisted } : {}),
        kiosk: this.kiosk,
      }),
    );
    if (!submission) {
      // Nothing was sent (the code could not be loaded): say so where the citizen is, and keep every answer.
      this.notice = 'submit-failed';
      this.focusAfterRender = () => this.focusHeading('tk-submit-failed');
      return undefined;
    }
    if (this.notice === 'submit-failed') this.notice = undefined;
    this.summaryKeys = undefined;
    this.control.toggleState('user-invalid', false);
    const event = new TkSubmitEvent({ data: this.currentData, submission });
    this.lastSubmit = { data: this.currentData, at: Date.now() };
    this.dispatchEvent(event);
    if (event.defaultPrevented) return undefined;
    this.historySession++;
    this.drafts.clear(compiled.id, compiled.version);
    const form = this.control.form;
    if (form) {
      this.syncFormValue();
      form.requestSubmit();
    }
    if (this.kiosk) this.clearAll('submit');
    await this.updateComplete;
    return submission;
  }

  /** Clears every answer, prefill, error and step (kiosk idle/submit): the next citizen starts a new declaration. */
  private clearAll(reason: TkClearReason): void {
    this.initialData = undefined;
    this.restart(this.startData() ?? {});
    this.notice = 'cleared';
    this.dispatchEvent(new TkClearEvent({ reason }));
  }

  /**
   * What the form starts with: the portal's data, else the schema's defaults of the compiled form (`undefined`
   * before there is one, or when its schema has none).
   */
  private startData(): unknown {
    // A new object each time: the portal may keep and change what `data` gave it.
    return this.initialData !== undefined || !this.compiled ? this.initialData : withDefaults(this.compiled, undefined);
  }

  /**
   * True when a new declaration holds nothing but its defaults, none of them typed: no answer, so no draft is
   * worth saving, and another definition set now starts with its own defaults instead of carrying these.
   */
  private onlyDefaults(): boolean {
    return (
      this.initialData === undefined &&
      this.compiled !== undefined &&
      this.typed.size === 0 &&
      leafPointers(this.currentData).length > 0 &&
      sameJson(this.currentData, withDefaults(this.compiled, undefined))
    );
  }

  private restart(data: unknown): void {
    this.historySession++;
    this.touched = new Set();
    this.revealed = new Set();
    this.typed = new Set();
    this.prefill.reset();
    this.summaryKeys = undefined;
    this.showStep(undefined);
    this.reviewing = this.returning = false;
    this.officerInput = '';
    this.confirmedAt = undefined;
    this.notice = undefined;
    this.notCarried = [];
    this.control.toggleState('user-invalid', false);
    this.drafts.forget();
    this.setData(data);
  }

  // ------------------------------------------------------------------------------------------------------------
  // Native form value and validity
  // ------------------------------------------------------------------------------------------------------------

  private formSyncPending = false;

  /**
   * `syncFormValue` now when core's validation of the data is known, else once the form is painted: a first
   * render shows no error, so validating the whole form is kept off the path to the first paint (a tab that does
   * not paint gets it after 200 ms). `checkValidity()`, `reportValidity()`, `validate()` and submitting validate
   * at once, whatever is pending.
   */
  private syncFormValueSoon(): void {
    const d = this.derive();
    if (!d || d.validated) {
      this.syncFormValue();
      return;
    }
    if (this.formSyncPending) return;
    this.formSyncPending = true;
    const sync = () => {
      if (!this.formSyncPending) return;
      this.formSyncPending = false;
      this.syncFormValue();
    };
    requestAnimationFrame(() => setTimeout(sync));
    setTimeout(sync, 200);
  }

  /** Puts the prepared data (JSON) in the surrounding form under `name`, and sets the validity with tokhai's message. */
  private syncFormValue(): void {
    const d = this.derive();
    if (!d) {
      this.control.setValue(null);
      this.control.setValidity(false, this.failure ? this.t.loadFailed : this.t.loading);
      return;
    }
    const value = JSON.stringify(d.evaluation.submission ?? {});
    // Kiosk: no state for the browser to restore from history, so nothing of this citizen survives on the device.
    this.control.setValue(value, this.kiosk ? null : JSON.stringify(this.currentData ?? {}));
    const errors = this.submitErrors();
    const valid = errors.length === 0;
    this.control.toggleState('valid', valid);
    this.control.toggleState('disabled', this.formDisabled);
    this.control.toggleState('invalid', !valid);
    if (valid) {
      this.control.setValidity(true);
      return;
    }
    const models = fieldsOf(this.view);
    const targetId = this.targetOf(errors[0], models);
    const anchorHost = targetId ? (this.renderRoot as ShadowRoot).getElementById(targetId) : null;
    const anchor = anchorHost ? focusableIn(anchorHost) : this.renderRoot.querySelector<HTMLElement>('button[type=submit]') ?? undefined;
    this.control.setValidity(false, this.t.validityMessage(errors.length, errors[0].message), anchor);
  }

  // ------------------------------------------------------------------------------------------------------------
  // Drafts
  // ------------------------------------------------------------------------------------------------------------

  /** The storage mode in force: kiosk forms never persist. @internal */
  draftMode(): DraftMode {
    return this.kiosk ? 'none' : this.draft;
  }

  /** What a draft of the current state holds (nothing while it holds no answer: empty, or only the defaults). @internal */
  draftSnapshot(): Omit<DraftRecord, 'savedAt'> | undefined {
    const compiled = this.compiled;
    if (!compiled || leafPointers(this.currentData).length === 0 || this.onlyDefaults()) return undefined;
    const labels: Record<string, string> = {};
    for (const m of fieldsOf(this.view)) labels[m.pointer] = m.label;
    return {
      formId: compiled.id,
      version: compiled.version,
      data: this.currentData,
      step: this.step,
      labels,
      prefill: { ...this.prefill.record, provenance: currentProvenance(this.prefill.record.provenance, this.currentData) },
    };
  }

  private readonly restoreDraft = (): void => {
    const record = this.drafts.restore();
    if (!record) return;
    if (record.prefill) this.prefill.restore(record.prefill);
    // The draft's answers are the citizen's (prefill never overwrites them), except a value still equal to the
    // schema's default, which the citizen did not type any more than in a new declaration.
    const defaults = this.initialData === undefined && this.compiled ? withDefaults(this.compiled, undefined) : undefined;
    for (const p of leafPointers(record.data)) if (defaults === undefined || !sameJson(getAt(defaults, p), getAt(record.data, p))) this.typed.add(p);
    this.showStep(undefined);
    this.setData(record.data);
    this.focusAfterRender = async () => {
      // The draft's step is a position among the steps its answers show: taken once they are shown (this
      // render), before anything is painted.
      await this.updateComplete;
      if (record.step) this.step = record.step;
      await this.focusHeading(this.view.steps ? STEP_HEADING_ID : 'tk-title');
    };
  };

  private readonly discardDraft = (): void => {
    this.drafts.discard();
    this.focusAfterRender = () => this.focusHeading(this.view.steps ? STEP_HEADING_ID : 'tk-title');
  };

  // ------------------------------------------------------------------------------------------------------------
  // Prefill
  // ------------------------------------------------------------------------------------------------------------

  /** @internal */
  prefillForm(): CompiledForm | undefined {
    return this.compiled;
  }

  /** @internal */
  prefillData(): unknown {
    return this.currentData;
  }

  /** @internal */
  prefillTouched(): ReadonlySet<string> {
    return this.typed;
  }

  /** Prefilled answers arrived: write them. @internal */
  prefillApply(data: unknown): void {
    this.setData(data);
  }

  /**
   * The form is back after the prefill: the citizen returns to the control they were typing in (the same
   * element, kept behind the panel, with its text and caret), else goes to the start of the form. @internal
   */
  prefillFinished(resume: HTMLElement | undefined): void {
    this.focusAfterRender = async () => {
      await this.settle();
      if (resume?.isConnected) resume.focus();
      else await this.focusHeading(this.view.steps ? STEP_HEADING_ID : 'tk-title');
    };
  }

  private readonly handleConsent = (event: TkConsentEvent): void => {
    event.stopPropagation();
    void this.prefill.run(event.detail.decisions);
  };

  private readonly handleCorrection = (event: TkCorrectionEvent): void => {
    event.stopPropagation();
    // The request's own status says it was sent (re-localized, announced once): no second banner here.
    this.prefill.addCorrection(event.detail);
  };

  // ------------------------------------------------------------------------------------------------------------
  // Rendering
  // ------------------------------------------------------------------------------------------------------------

  private renderBanners(t: Translation): unknown[] {
    const banners: unknown[] = [];
    if (this.notice === 'cleared') {
      banners.push(html`<div class="tk-banner tk-banner--success" part="banner kiosk-notice" role="status">${t.kioskCleared}</div>`);
    }
    if (this.kiosk) {
      banners.push(html`<p class="visually-hidden">${t.kioskTitle}</p>`);
    }
    if (this.assisted) {
      banners.push(html`<div class="tk-banner tk-banner--warning" part="banner assisted-banner" role="region" aria-labelledby="tk-assisted-title">
        <p class="tk-banner-title" id="tk-assisted-title">${t.assistedTitle}</p>
        <p>${t.assistedBody}</p>
        ${this.officerIdValue() ? html`<p>${t.assistedOfficer(this.officerIdValue())}</p>` : nothing}
      </div>`);
    }
    const offer = this.drafts.offer;
    if (offer && this.compiled) {
      banners.push(renderDraftOffer(offer, this.compiled.version, this.locale, t, this.restoreDraft, this.discardDraft));
    } else if (this.drafts.notCarried.length) {
      banners.push(renderDraftNotice(this.drafts.notCarried, this.locale, t, () => this.drafts.dismissNotice()));
    }
    if (this.prefill.phase === 'done') {
      // Links only to fields on screen: a field on another step (or behind the review) is named as text.
      const steps = this.view.steps;
      const shown = this.reviewing ? [] : steps ? modelsIn(steps[this.step]?.children ?? []) : fieldsOf(this.view);
      const ids = Object.fromEntries(shown.map((m) => [m.pointer, m.id]));
      banners.push(html`<tk-prefill-status
        .failures=${this.prefill.failures}
        .requests=${this.prefill.requests}
        .fieldIds=${ids}
        locale=${this.locale}
        heading-level=${this.headingLevel}
      ></tk-prefill-status>`);
    }
    if (this.notCarried.length && this.carry) {
      banners.push(this.carry.renderFormChangedNotice(this.notCarried, this.locale, t, () => (this.notCarried = [])));
    }
    if (this.notice === 'submit-failed') {
      banners.push(html`<div class="tk-banner tk-banner--error" part="banner submit-failed" id="tk-submit-failed" role="alert" tabindex="-1">
        ${t.submitFailed}
      </div>`);
    }
    return banners;
  }

  private renderErrorSummaryBox(t: Translation): unknown {
    const keys = this.summaryKeys;
    if (!keys) return nothing;
    const errors = this.submitErrors().filter((e) => keys.has(`${e.pointer}|${e.keyword}`));
    if (errors.length === 0) return nothing;
    const models = fieldsOf(this.view);
    const seen = new Set<string>();
    const items: SummaryItem[] = [];
    for (const error of errors) {
      const targetId = this.targetOf(error, models);
      const key = `${targetId ?? ''}|${error.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!targetId) issueWarning('error-without-field', `The error at "${error.pointer}" (${error.keyword}) belongs to no visible field; the citizen cannot fix it.`);
      items.push(targetId ? { message: error.message, targetId } : { message: error.message });
    }
    return renderErrorSummary(items, this.headingLevel, t, this.handleSummaryLink);
  }

  /**
   * The consent panel, or the notice while the sources run, in place of the form's questions. A form the
   * citizen is in (`keepsForm`) stays on screen while the prefill code loads, so what they type lands in the
   * field, and stays in the page, hidden, behind the panel and the notice: the same widget elements come back,
   * with what they hold as typed. Covered or not, it is one template, so they are never moved (which would take
   * focus away) nor made anew.
   */
  private renderBody(t: Translation): unknown {
    const phase = this.prefill.phase;
    const kept = this.prefill.keepsForm;
    let cover: TemplateResult | undefined;
    if (phase === 'consent') {
      cover = html`<tk-consent-panel
        .requests=${this.prefill.requests}
        locale=${this.locale}
        heading-level=${this.headingLevel}
        @tk-consent=${this.handleConsent}
      ></tk-consent-panel>`;
    } else if (phase === 'running' || (phase === 'loading' && !kept)) {
      cover = html`<p role="status" class="tk-loading">${t.loadingData}</p>`;
    }
    if (cover && !kept) return cover;
    return html`${cover ?? nothing}<div class="tk-body" ?hidden=${cover !== undefined}>${this.renderQuestions(t)}</div>`;
  }

  /** The questions (the page, or the wizard's step or review) and the buttons. */
  private renderQuestions(t: Translation): unknown {
    const steps = this.view.steps;
    const disabled = this.formDisabled;
    if (steps) {
      const titles = [...steps.map((s) => s.title), t.reviewStep];
      const current = this.reviewing ? steps.length : this.step;
      const step = steps[this.step];
      return html`${renderStepList(titles, current, t)}
        ${this.reviewing || !step
          ? this.renderReviewStep(t)
          : html`${renderStepHeading(this.headingLevel, this.step, titles.length, step.title, t)} ${this.renderStep(step, t)}`}
        <div class="tk-actions" part="actions">
          ${this.reviewing && this.readonly
            ? nothing
            : html`<button type="submit" class="tk-button" part="button button-primary" ?disabled=${disabled}>
                ${this.reviewing ? t.acceptAndSubmit : t.next}
              </button>`}
          ${current > 0
            ? html`<button type="button" class="tk-button tk-button--secondary" part="button button-secondary" @click=${this.back} ?disabled=${disabled}>
                ${t.back}
              </button>`
            : nothing}
        </div>`;
    }
    if (this.reviewing) {
      return html`${this.renderReviewStep(t)}
        <div class="tk-actions" part="actions">
          <button type="submit" class="tk-button" part="button button-primary" ?disabled=${disabled}>${t.acceptAndSubmit}</button>
          <button type="button" class="tk-button tk-button--secondary" part="button button-secondary" @click=${this.back} ?disabled=${disabled}>${t.back}</button>
        </div>`;
    }
    return html`${this.view.root ? this.views.draw(this.view.root, t) : nothing}
      ${this.assisted && !this.hasReview ? this.renderAssisted(t) : nothing}
      ${this.readonly
        ? nothing
        : html`<div class="tk-actions" part="actions">
            <button type="submit" class="tk-button" part="button button-primary" ?disabled=${disabled}>
              ${this.hasReview ? t.next : t.submit}
            </button>
          </div>`}`;
  }

  /** A wizard step: its questions, or a short confirmation when every field is known and locked. */
  private renderStep(step: StepView, t: Translation): TemplateResult {
    const models = modelsIn(step.children);
    const known = models.length > 0 && models.every(isKnownLocked);
    if (known) return renderKnownStep(reviewModels(step.children), t, (m) => this.displayOf(m, t), this.handleCorrection as (e: Event) => void);
    return html`${this.views.drawStep(step, t)}`;
  }

  private renderReviewStep(t: Translation): unknown {
    const steps: StepView[] = this.view.steps ?? (this.view.root ? [{ uiPath: '', title: '', children: [this.view.root] }] : []);
    const items = new Map<FieldModel, ItemOf>();
    const sections: ReviewSection[] = steps.map((s) => ({
      title: s.title,
      step: s.uiPath,
      rows: reviewModels(s.children, items).map((m) => ({
        label: m.label,
        value: this.displayOf(m, t),
        pointer: m.pointer,
        changeable: m.enabled && !m.readonly && !this.readonly,
        empty: isEmptyAnswer(m.value),
        item: items.get(m),
      })),
    }));
    return renderReview(sections, this.headingLevel, t, this.changeAnswer, this.assisted ? this.renderAssisted(t) : nothing);
  }

  /** An answer as text, using a widget's own `display` (possibly async, e.g. administrative unit names) when it has one. */
  private displayOf(model: FieldModel, t: Translation): string {
    const plain = formatAnswer(model, model.value, t);
    if (isEmptyAnswer(model.value)) return plain;
    const row = registry.find((r) => r.display && this.widgetTag(model) === r.tagName);
    if (!row?.display) return plain;
    // Keyed by the texts' locale, not the form's: while a locale's texts load, they are still the previous ones.
    const key = `${t.$code}|${model.pointer}|${JSON.stringify(model.value)}`;
    const known = this.reviewDisplay.get(key);
    if (known !== undefined) return known;
    const result = row.display(model.value, model);
    if (typeof result === 'string') {
      this.reviewDisplay.set(key, result);
      return result;
    }
    void result.then(
      (text) => {
        this.reviewDisplay.set(key, text);
        this.requestUpdate();
      },
      () => this.reviewDisplay.set(key, plain),
    );
    return plain;
  }

  /** The tag of the widget that shows a field (the first control at its pointer, in document order). */
  private widgetTag(model: FieldModel): string | undefined {
    let tags = this.widgetTags.get(this.view);
    if (!tags) {
      const found = new Map<string, string>();
      const walk = (nodes: readonly ViewNode[]): void => {
        for (const n of nodes) {
          if (n.kind === 'control' && !found.has(n.model.pointer)) found.set(n.model.pointer, n.widget.tagName);
          if ('children' in n && n.children) walk(n.children);
          if ('items' in n && n.items) walk(n.items);
        }
      };
      walk(allNodes(this.view));
      this.widgetTags.set(this.view, (tags = found));
    }
    return tags.get(model.pointer);
  }

  private renderAssisted(t: Translation): unknown {
    const shown = this.summaryKeys !== undefined || this.revealed === 'all';
    return renderAssistedFields({
      t,
      askOfficerId: !this.officerId,
      officerId: this.officerInput,
      officerMissing: shown && !this.officerIdValue(),
      confirmed: this.confirmedAt !== undefined,
      confirmMissing: shown && !this.confirmedAt,
      onOfficerId: (value) => (this.officerInput = value),
      onConfirm: (checked) => (this.confirmedAt = checked ? new Date().toISOString() : undefined),
    });
  }

  /**
   * Adopts the styles of every widget in the registry and of the prefill components (all render in light DOM)
   * into this shadow root (docs/decisions/0001-one-shadow-root.md). Sheets are appended, never replaced, so a
   * prefill component that adopted its own sheets first keeps them; a class defined later is picked up on the
   * next update.
   */
  private adoptWidgetStyles(): void {
    const root = this.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    const classes = new Set<{ styles?: unknown }>();
    for (const row of [...registry, containers.object, containers.array]) {
      const cls = row.element ?? customElements.get(row.tagName);
      if (cls) classes.add(cls as { styles?: unknown });
    }
    for (const tag of PREFILL_TAGS) {
      const cls = customElements.get(tag);
      if (cls) classes.add(cls as { styles?: unknown });
    }
    addStyles(root, [...classes].flatMap((cls) => flattenStyles(cls.styles)));
  }

}

/** A value the citizen cannot edit and a source supplied: shown as known, with a way to report it wrong. */
function isKnownLocked(model: FieldModel): boolean {
  return model.prefill?.mode === 'locked' && !isEmptyAnswer(model.value);
}

/** True when `pointer` names an item of an array in `data` (`/children/0` where `/children` is an array). */
function isArrayItem(data: unknown, pointer: string): boolean {
  const slash = pointer.lastIndexOf('/');
  return slash >= 0 && /^\d+$/.test(pointer.slice(slash + 1)) && Array.isArray(getAt(data, pointer.slice(0, slash)));
}

/**
 * Today's date in Vietnam (UTC+7), the `$now` of computed values while the citizen fills in the form: the
 * browser evaluates with the date it submits on, as the server does with `submittedAt` (core's EvaluateOptions).
 */
function today(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

const FOCUSABLE = 'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]';

/** The element to focus for an id target: itself when focusable, else its checked radio or first control. */
function focusableIn(element: HTMLElement): HTMLElement {
  if (element.matches(FOCUSABLE)) return element;
  return element.querySelector<HTMLElement>('input[type=radio]:checked') ?? element.querySelector<HTMLElement>(FOCUSABLE) ?? element;
}

/**
 * The label or legend to scroll into view before focusing (GOV.UK's `getAssociatedLegendOrLabel`): the legend of
 * the enclosing fieldset for radios and checkboxes, or when the legend is within half a viewport of the control;
 * else `label[for=id]`, else an enclosing label.
 */
function legendOrLabel(root: ShadowRoot, input: HTMLElement): HTMLElement | null {
  const legend = input.closest('fieldset')?.querySelector('legend');
  if (legend) {
    if (input instanceof HTMLInputElement && (input.type === 'checkbox' || input.type === 'radio')) return legend;
    const legendTop = legend.getBoundingClientRect().top;
    const rect = input.getBoundingClientRect();
    if (rect.height && window.innerHeight && rect.top + rect.height - legendTop < window.innerHeight / 2) return legend;
  }
  return (input.id ? root.querySelector<HTMLElement>(`label[for="${CSS.escape(input.id)}"]`) : null) ?? input.closest('label');
}
