// SPDX-License-Identifier: MIT
/**
 * The browser's Back and Forward buttons move between a wizard's steps (`<tk-form step-history>`).
 *
 * Citizens press the browser's Back button expecting the previous step: on GOV.UK's one-question-per-page forms
 * each step is a page, so Back works there. A `<tk-form>` wizard is one page, so Back left the portal, and with no
 * draft the answers were gone. With `step-history`, every move the citizen makes to another step or to or from
 * the review adds one history entry (same URL, hash and title), and Back and Forward show that step again.
 *
 * What an entry holds: the page's own `history.state` (a router's keys survive), plus
 * `tokhai[formKey] = {step, session}`, where `formKey` is the form's `name`, else its definition id (two forms on
 * one page keep their own steps), `step` is the step's UI path (`''` for a one-page form, `'review'` for the
 * review), and `session` is a nonce of this element and its answers: a reset, a successful submit, a kiosk
 * clearing or a new `data` object starts a new session, and entries of an older one are ignored.
 *
 * This module is a chunk, loaded only when the attribute is set (the bundle's size budget). The wizard's state is
 * private to `<tk-form>`; this module reads and drives it through TypeScript's bracket access (`host['stepPath']`),
 * which is type-checked like a member access, so `<tk-form>` carries no code for it. It is the form's own
 * navigation (`showStep`, `showErrors`, `firstErrorStep`, `focusHeading`) that runs: no second copy of the rules.
 */
import type { ReactiveController } from 'lit';
import type { LocatedError } from '@tokhai/core';
import { STEP_HEADING_ID } from '../layouts/categorization.js';
import type { TkForm } from './form.component.js';
import { modelsIn } from './view-model.js';
import { MOVE_BUTTONS, stepIndex } from './wizard-steps.js';

/** The `step` of an entry that shows the review step. */
export const REVIEW_STEP = 'review';

/** What a history entry records for one form. */
export interface StepEntry {
  /** The step's UI path (`/elements/1`), `''` for a one-page form's page, or `'review'`. */
  step: string;
  /** The session that wrote it: entries of another session (a reset, another element) are ignored. */
  session: string;
}

/** The part of `history.state` this module writes: one entry per form key, beside whatever the page keeps there. */
export interface StepHistoryState {
  tokhai?: Record<string, StepEntry | undefined>;
}


/** `history.state` as an object to merge into: a primitive or an array cannot hold a key beside it, so it is replaced. */
function stateObject(state: unknown): StepHistoryState & Record<string, unknown> {
  return state !== null && typeof state === 'object' && !Array.isArray(state) ? (state as Record<string, unknown>) : {};
}

/** A nonce for this element: entries another element (or this page before a reload) wrote do not match it. */
function nonce(): string {
  return Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
}

/**
 * Records the step on screen in the browser's history and shows the step an entry records when the citizen
 * presses Back or Forward. A Lit controller of `<tk-form>`: listens to `popstate` on `window` only while the
 * form is connected.
 */
export class StepHistory implements ReactiveController {
  private readonly id = nonce();
  /** A move button was pressed or the form submitted in this task: the next step change is the citizen's (push). */
  private citizen = false;

  constructor(private readonly host: TkForm) {
    host.addController(this);
  }

  /** Listens to `popstate` (window) and to the form's own move buttons and submit, while connected. */
  hostConnected(): void {
    globalThis.addEventListener('popstate', this.handlePop);
    this.host.renderRoot.addEventListener('click', this.handleMove, true);
    this.host.renderRoot.addEventListener('submit', this.handleMove, true);
  }

  /** Stops listening: a removed form's entries do nothing (another element has another session). */
  hostDisconnected(): void {
    globalThis.removeEventListener('popstate', this.handlePop);
    this.host.renderRoot.removeEventListener('click', this.handleMove, true);
    this.host.renderRoot.removeEventListener('submit', this.handleMove, true);
  }

  /**
   * After each render: a step on screen that the current entry does not record is written down, in a new entry
   * when the citizen moved there (Next, Back, Change, a submit sending them to a step with errors), else in the
   * current entry (the first render, a rule hiding the step they were on, a reset, Back/Forward itself).
   */
  hostUpdated(): void {
    const push = this.citizen;
    this.citizen = false;
    if (!this.host.stepHistory) return;
    const key = this.key();
    const step = this.where();
    if (!key || step === undefined) return;
    const session = this.session();
    const state = stateObject(history.state);
    const own = state.tokhai?.[key];
    if (own?.step === step && own.session === session) return;
    const next = { ...state, tokhai: { ...state.tokhai, [key]: { step, session } } };
    // Pushed only over an entry of this session: the first step of a new session replaces the old one's.
    if (push && own?.session === session) history.pushState(next, '');
    else history.replaceState(next, '');
  }

  /** The key of this form in `history.state.tokhai`. */
  private key(): string | undefined {
    return this.host.name || this.host['compiled']?.id;
  }

  /** The session now: this element, and how many times its answers started anew (`<tk-form>`'s `historySession`). */
  private session(): string {
    return `${this.id}.${this.host['historySession']}`;
  }

  /** Where the citizen is: a step's UI path, `''` (a one-page form), `'review'`; `undefined` without a review step. */
  private where(): string | undefined {
    const host = this.host;
    if (!host['compiled'] || !host['hasReview']) return undefined;
    if (host['reviewing']) return REVIEW_STEP;
    const steps = host['view'].steps;
    return steps ? steps[stepIndex(steps, host['stepPath'])]?.uiPath : '';
  }

  private readonly handleMove = (event: Event): void => {
    if (event.type === 'submit' || (event.target as Element).closest?.(MOVE_BUTTONS)) {
      this.citizen = true;
      // A press that moved nothing (a dropped double click, errors on the same step) marks no later change.
      setTimeout(() => (this.citizen = false));
    }
  };

  private readonly handlePop = (event: PopStateEvent): void => {
    const key = this.key();
    const own = key ? stateObject(event.state).tokhai?.[key] : undefined;
    const here = this.where();
    // Another form's entry, another session's, or the step already on screen (the other form of two moved).
    if (!this.host.stepHistory || here === undefined || typeof own?.step !== 'string' || own.session !== this.session() || own.step === here) return;
    this.show(own.step);
  };

  /**
   * Shows the step an entry records, without validating it, and moves focus to its heading as the Back button
   * does. But a step the citizen could not have reached from where they are now is not shown (GOV.UK's rule
   * for a page reached out of order): when a step before it has errors now (they went back, cleared a required
   * answer, then pressed Forward), that step is shown with its error summary, as "Next" on it would have, and
   * the entry is rewritten to say so. A step a rule hides now gives the nearest following visible step, else
   * the previous one (`stepIndex`), as everywhere in the wizard.
   */
  private show(step: string): void {
    const host = this.host;
    const steps = host['view'].steps;
    const review = step === REVIEW_STEP;
    const target = review ? (steps?.length ?? 1) : steps ? stepIndex(steps, step) : 0;
    // A read-only form (an officer's view) is browsed, not validated, as its "Next" does.
    const errors: LocatedError[] = host.readonly ? [] : (host['derive']()?.errors ?? []);
    const [blocked, ofStep] = steps ? host['firstErrorStep'](errors) : [errors.length ? 0 : -1, errors];
    host['summaryKeys'] = undefined;
    host['reviewing'] = false;
    if (blocked >= 0 && blocked < target) {
      if (!steps) return host['showErrors'](ofStep, 'all');
      host['showStep'](steps[blocked].uiPath);
      return host['showErrors'](ofStep, new Set(modelsIn(steps[blocked].children).map((m) => m.pointer)));
    }
    if (review) {
      host['reviewing'] = true;
      host['returning'] = false;
    } else if (steps) {
      host['showStep'](step);
    }
    host['focusAfterRender'] = () => host['focusHeading'](review ? 'tk-review-title' : steps ? STEP_HEADING_ID : 'tk-title');
    host.requestUpdate();
  }
}
