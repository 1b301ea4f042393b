// SPDX-License-Identifier: MIT
/**
 * The draft banners: the restore offer (Restore / Discard), and after restoring a draft of an older form
 * version, the values that could not be carried. A region with a heading rather than an alert: it appears with
 * the form on load, where an alert would interrupt the screen reader's reading of the page (GOV.UK's
 * notification banner makes the same choice for information that is not the result of an action).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@tokhai/core';
import type { Translation } from '../translations/vi.js';
import type { DraftOffer } from './draft-engine.js';
import type { NotCarried } from './migrate.js';

/**
 * When a draft was saved, in the citizen's time zone: "14:05 ngày 25/11/2026" in Vietnamese (ICU's short
 * Vietnamese pattern gives "14:05 25/11/26", with a two-digit year and no "ngày"), "25 November 2026 at 14:05" in
 * English.
 */
export function formatTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (locale !== 'vi') return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(date);
  const parts = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}:${part('minute')} ngày ${part('day')}/${part('month')}/${part('year')}`;
}

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function renderNotCarried(items: readonly NotCarried[], locale: Locale): TemplateResult {
  return html`<ul class="tk-not-carried" part="draft-not-carried">
    ${items.map(
      (item) => html`<li>
        <strong>${item.label ?? item.pointer}</strong>: ${show(item.value)}${item.reason
          ? html` (${item.reason[locale] ?? item.reason.vi})`
          : nothing}
      </li>`,
    )}
  </ul>`;
}

/** The restore offer. */
export function renderDraftOffer(
  offer: DraftOffer,
  currentVersion: string,
  locale: Locale,
  t: Translation,
  onRestore: () => void,
  onDiscard: () => void,
): TemplateResult {
  const lost = offer.migration.notCarried;
  return html`<div class="tk-banner" part="banner draft-banner" role="region" aria-labelledby="tk-draft-title">
    <p class="tk-banner-title" id="tk-draft-title">${t.draftFound(formatTime(offer.record.savedAt, locale))}</p>
    ${offer.older ? html`<p>${t.draftOlderVersion(offer.record.version, currentVersion)}</p>` : nothing}
    ${lost.length ? html`<p>${t.draftNotCarried}</p>${renderNotCarried(lost, locale)}` : nothing}
    <div class="tk-actions">
      <button type="button" class="tk-button" part="button button-primary" id="tk-draft-restore" @click=${onRestore}>
        ${t.draftRestore}
      </button>
      <button type="button" class="tk-button tk-button--secondary" part="button button-secondary" @click=${onDiscard}>
        ${t.draftDiscard}
      </button>
    </div>
  </div>`;
}

/** After a restore: what could not be carried, until the citizen dismisses it. */
export function renderDraftNotice(items: readonly NotCarried[], locale: Locale, t: Translation, onDismiss: () => void): TemplateResult {
  return html`<div class="tk-banner tk-banner--warning" part="banner draft-notice" role="region" aria-labelledby="tk-draft-notice-title">
    <p class="tk-banner-title" id="tk-draft-notice-title">${t.draftRestored} ${t.draftNotCarriedAfter}</p>
    ${renderNotCarried(items, locale)}
    <button type="button" class="tk-button tk-button--secondary" part="button button-secondary" @click=${onDismiss}>${t.draftDismiss}</button>
  </div>`;
}

/**
 * The portal set a new definition while the form held answers, and the new schema has no place for some of them:
 * they are listed with what the citizen typed until dismissed. Unlike the draft notice this appears in answer to
 * something that just happened on the page, so its title is an alert.
 */
export function renderFormChangedNotice(items: readonly NotCarried[], locale: Locale, t: Translation, onDismiss: () => void): TemplateResult {
  return html`<div class="tk-banner tk-banner--warning" part="banner form-changed-notice" role="region" aria-labelledby="tk-form-changed-title">
    <p class="tk-banner-title" id="tk-form-changed-title" role="alert">${t.formChangedNotCarried}</p>
    ${renderNotCarried(items, locale)}
    <button type="button" class="tk-button tk-button--secondary" part="button button-secondary" @click=${onDismiss}>${t.draftDismiss}</button>
  </div>`;
}
