// SPDX-License-Identifier: MIT
/* global location */
// The procedure and bundle pages: builds <tk-form> from the catalog's build outputs (definition + precompiled
// validator), gives it the portal's providers, and posts `tk-submit` to the portal. A separate file because the
// page's CSP has no 'unsafe-inline'. Everything comes from /static/tokhai.bundle.js (and the portal's vendor module
// of the @tokhai/prefill adapters when the bundle does not re-export them); no framework.
import * as tk from '/static/tokhai.bundle.js';
import { portalProviders } from '/assets/providers.js';

const host = document.getElementById('tk-host');
const errorBox = document.getElementById('submit-error');
const statusLine = document.getElementById('submit-status');
const { kind, locale, submitUrl } = host.dataset;
const config = JSON.parse(host.dataset.forms);
const TEXT = {
  vi: { sending: 'Đang gửi hồ sơ…', failed: 'Không gửi được hồ sơ', step: (i, n, title) => `Bước ${i}/${n}: ${title}`, signIn: 'Đăng nhập', fix: (title) => `Sửa tờ khai: ${title}` },
  en: { sending: 'Sending…', failed: 'The submission could not be sent', step: (i, n, title) => `Step ${i} of ${n}: ${title}`, signIn: 'Sign in', fix: (title) => `Correct: ${title}` },
}[locale];

/** A definition and its precompiled validator module (from `tokhai build`). */
async function loadForm(urls) {
  const [definition, validator] = await Promise.all([fetch(urls.definition).then((r) => r.json()), import(urls.validator)]);
  return { definition, validator };
}

/** Compiled with the precompiled validator (no eval) when the bundle offers core's compiler; else the definition. */
const compile = ({ definition, validator }) =>
  tk.compileForm && tk.precompiledEngine ? tk.compileForm(definition, { engine: tk.precompiledEngine(validator) }) : definition;

// The prefill adapters come from the bundle when it re-exports them, else from the portal's vendor module.
const adapters = tk.httpJsonProvider && tk.oidcClaimsProvider && tk.combineProviders ? tk : await import('/static/vendor/prefill.js');
const share = tk.shareAnswers ?? adapters.shareAnswers;
const providers = host.dataset.signedIn === 'true' ? portalProviders(adapters) : undefined;

function formElement(form, data, headingLevel = 2) {
  const el = document.createElement('tk-form');
  el.locale = locale;
  el.headingLevel = headingLevel;
  el.review = true;
  el.form = form;
  if (data !== undefined) el.data = data;
  if (providers) el.providers = providers;
  return el;
}

/**
 * Shows a refusal as text (never HTML): the message and each located error. In a bundle, `reopen(index)` offers
 * to go back to the member declaration the portal refused.
 */
function showError(body, status, reopen) {
  errorBox.replaceChildren();
  const title = document.createElement('h2');
  title.textContent = `${TEXT.failed} (${status})`;
  const message = document.createElement('p');
  message.textContent = body?.message ?? '';
  errorBox.append(title, message);
  if (status === 401) {
    const link = document.createElement('a');
    link.href = `/login?next=${encodeURIComponent(location.pathname + location.search)}`;
    link.textContent = TEXT.signIn;
    errorBox.append(link);
  }
  const list = document.createElement('ul');
  for (const e of body?.errors ?? []) {
    const item = document.createElement('li');
    item.textContent = `${e.pointer || '/'}: ${e.message}`;
    list.append(item);
  }
  if (list.children.length) errorBox.append(list);
  if (reopen && Number.isInteger(body?.index)) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button secondary';
    button.textContent = TEXT.fix(reopen.title(body.index));
    button.addEventListener('click', () => {
      errorBox.replaceChildren();
      reopen.show(body.index);
    });
    errorBox.append(button);
  }
  errorBox.focus();
}

async function send(payload, reopen) {
  statusLine.textContent = TEXT.sending;
  errorBox.replaceChildren();
  let response;
  let body;
  try {
    response = await fetch(submitUrl, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(payload) });
    body = await response.json().catch(() => undefined);
  } catch (error) {
    statusLine.textContent = '';
    return showError({ message: String(error) }, 0);
  }
  statusLine.textContent = '';
  if (response.ok) location.assign(body.receiptUrl + (locale === 'en' ? '?lang=en' : ''));
  else showError(body, response.status, reopen);
}

/**
 * A member's definition with only the bindings the bundle may use: a form can be about someone else inside a bundle
 * (CT01's person is the newborn, not the signed-in parent), and @tokhai/prefill's bundle planning leaves such
 * bindings out; the citizen answers once and the answer is shared.
 */
function bundleMember(bundle, loaded) {
  if (!providers || !adapters.planBundlePrefill) return loaded;
  const kept = new Set();
  for (const request of adapters.planBundlePrefill(bundle, loaded.map((l) => l.definition), providers)) {
    for (const field of request.fields) kept.add(`${field.formId} ${field.pointer}`);
  }
  return loaded.map(({ definition, validator }) => ({
    definition: { ...definition, prefill: (definition.prefill ?? []).filter((b) => kept.has(`${definition.id} ${b.target}`)) },
    validator,
  }));
}

/** One <tk-form> per member, in order; shared answers flow forward; the last submit posts them all. */
async function runBundle() {
  const [bundle, ...loaded] = await Promise.all([fetch(config.bundle).then((r) => r.json()), ...config.members.map(loadForm)]);
  const forms = bundleMember(bundle, loaded).map(compile);
  const ids = config.members.map((m) => m.id);
  const titles = loaded.map((l) => l.definition.title).map((t) => t[locale] ?? t.vi);
  const submissions = [];
  let dataByForm = Object.fromEntries(ids.map((id) => [id, {}]));
  const provenanceByForm = {};
  const filingId = crypto.randomUUID();
  const show = (i) => {
    const heading = document.createElement('h2');
    heading.textContent = TEXT.step(i + 1, forms.length, titles[i]);
    heading.tabIndex = -1;
    const el = formElement(forms[i], dataByForm[ids[i]], 3);
    el.addEventListener('tk-submit', (event) => {
      event.preventDefault();
      submissions[i] = event.detail.submission;
      provenanceByForm[ids[i]] = event.detail.submission.provenance;
      dataByForm = share(bundle, { ...dataByForm, [ids[i]]: event.detail.data }, ids[i], { provenanceByForm });
      if (i + 1 < forms.length) show(i + 1);
      else void send({ filingId, submissions }, { title: (index) => titles[index], show });
    });
    host.replaceChildren(heading, el);
    heading.focus();
  };
  show(0);
}

async function runForm() {
  const el = formElement(compile(await loadForm(config[0])));
  el.addEventListener('tk-submit', (event) => {
    event.preventDefault();
    void send(event.detail.submission);
  });
  host.replaceChildren(el);
}

(kind === 'bundle' ? runBundle() : runForm()).catch((error) => showError({ message: String(error) }, 0));
