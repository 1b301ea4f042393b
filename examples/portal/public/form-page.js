// SPDX-License-Identifier: MIT
/* global location */
// The procedure and bundle pages: builds <tk-form> from the catalog's build outputs (definition + precompiled
// validator), gives it the portal's providers, and posts `tk-submit` to the portal. A separate file because the
// page's CSP has no 'unsafe-inline'. Everything comes from /static/tokhai.bundle.js (the prefill adapters and
// components from its lazily loaded prefill chunk, `loadPrefill()`); no framework.
import * as tk from '/static/tokhai.bundle.js';
import { portalProviders } from '/assets/providers.js';

const host = document.getElementById('tk-host');
const errorBox = document.getElementById('submit-error');
const statusLine = document.getElementById('submit-status');
const { kind, locale, submitUrl } = host.dataset;
const config = JSON.parse(host.dataset.forms);
const TEXT = {
  vi: {
    sending: 'Đang gửi hồ sơ…',
    failed: 'Không gửi được hồ sơ',
    step: (i, n, title) => `Bước ${i}/${n}: ${title}`,
    signIn: 'Đăng nhập',
    fix: (title) => `Sửa tờ khai: ${title}`,
    bundleConsent: (n) => `Bạn chỉ cần đồng ý một lần cho cả ${n} thủ tục: dữ liệu được lấy một lần và điền sẵn vào từng tờ khai.`,
    prefilling: 'Đang lấy dữ liệu của bạn…',
  },
  en: {
    sending: 'Sending…',
    failed: 'The submission could not be sent',
    step: (i, n, title) => `Step ${i} of ${n}: ${title}`,
    signIn: 'Sign in',
    fix: (title) => `Correct: ${title}`,
    bundleConsent: (n) => `You consent once for all ${n} procedures: your data is fetched once and fills every declaration.`,
    prefilling: 'Fetching your data…',
  },
}[locale];

/** A definition and its precompiled validator module (from `tokhai build`). */
async function loadForm(urls) {
  const [definition, validator] = await Promise.all([fetch(urls.definition).then((r) => r.json()), import(urls.validator)]);
  return { definition, validator };
}

/**
 * Compiled with its precompiled validator (no eval) and without repeating the checks `tokhai build` ran;
 * `loadBuiltForm` loads the bundle's logic-kit chunk (the JSON Logic interpreter) only for a form with computed
 * values. A stale build (the definition changed since) falls back to the definition, which <tk-form> checks and
 * compiles itself.
 */
const compile = async ({ definition, validator }) => {
  try {
    return await tk.loadBuiltForm(definition, validator);
  } catch (error) {
    console.warn(error);
    return definition;
  }
};

// The prefill adapters and components (the bundle's prefill chunk): the providers when the citizen is signed in,
// and `shareAnswers` on a bundle page.
const signedIn = host.dataset.signedIn === 'true';
const prefill = signedIn || kind === 'bundle' ? await tk.loadPrefill() : undefined;
const providers = signedIn ? portalProviders(prefill) : undefined;

/**
 * A `<tk-form>`. On its own it asks for consent and prefills itself (`providers`); a bundle member gets the record
 * of the bundle's one prefill instead (`prefillRecord`), so it shows the provenance and asks nothing again.
 */
function formElement(form, { data, headingLevel = 2, providers: sources, prefillRecord } = {}) {
  const el = document.createElement('tk-form');
  el.locale = locale;
  el.headingLevel = headingLevel;
  el.review = true;
  el.form = form;
  if (data !== undefined) el.data = data;
  if (sources) el.providers = sources;
  if (prefillRecord) el.prefillRecord = prefillRecord;
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

/** Writes `value` at a JSON Pointer, copying the objects on the way (the input is not mutated). */
function setAt(data, pointer, value) {
  const [head, ...rest] = pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  const base = data !== null && typeof data === 'object' ? data : {};
  return { ...base, [head]: rest.length ? setAt(base[head], '/' + rest.join('/'), value) : value };
}

/** The bundle's fixed answers (`x-presets`: CT01's procedure is a permanent registration), per member. */
const withPresets = (bundle, dataByForm) =>
  Object.fromEntries(
    Object.entries(dataByForm).map(([id, data]) => [
      id,
      Object.entries(bundle['x-presets']?.[id] ?? {}).reduce((d, [pointer, value]) => setAt(d, pointer, value), data),
    ]),
  );

/** Shows one `<tk-consent-panel>` for the whole bundle and resolves with the citizen's decisions. */
function askConsentOnce(requests, memberCount) {
  return new Promise((resolve) => {
    const intro = document.createElement('p');
    intro.textContent = TEXT.bundleConsent(memberCount);
    const panel = document.createElement('tk-consent-panel');
    panel.locale = locale;
    panel.headingLevel = 2;
    panel.requests = requests;
    panel.addEventListener('tk-consent', (event) => resolve(event.detail.decisions), { once: true });
    host.replaceChildren(intro, panel);
  });
}

/**
 * The bundle's one prefill (Decree 63/2024, once-only): plan over every member form, ask once, run each source
 * once. Returns each member's prefilled data, its prefill record (what its submission carries: the same consent
 * in every member) and its failures. Bindings that mean someone else inside the bundle (CT01's person is the
 * newborn, not the signed-in parent) are left out by @tokhai/prefill; the citizen answers them once and
 * `shareAnswers` copies the answer.
 */
async function prefillBundle(bundle, forms, ids, dataByForm) {
  const empty = { dataByForm, records: {}, failures: {}, requests: [] };
  if (!providers) return empty;
  const requests = prefill.planBundlePrefill(bundle, forms, providers);
  if (requests.length === 0) return empty;
  const decisions = await askConsentOnce(requests, forms.length);
  host.replaceChildren();
  statusLine.textContent = TEXT.prefilling;
  const result = await prefill.runBundlePrefill({ bundle, forms, providers, decisions, dataByForm, locale });
  statusLine.textContent = '';
  const next = { ...dataByForm };
  const records = {};
  const failures = {};
  for (const id of ids) {
    const r = result.byForm[id];
    if (!r) continue;
    const applied = prefill.applyPrefill(next[id], r);
    next[id] = applied.data;
    records[id] = { provenance: applied.provenance, consent: r.consent, attestations: r.attestations, corrections: [] };
    failures[id] = r.failures.filter((f) => f.kind !== 'declined' && f.kind !== 'aborted');
  }
  return { dataByForm: next, records, failures, requests };
}

/**
 * The bundle: one consent and one prefill for every member, then one <tk-form> per member, in order, each with its
 * prefilled data and record; shared answers flow forward; the last submit posts every member's submission.
 */
async function runBundle() {
  const [bundle, ...loaded] = await Promise.all([fetch(config.bundle).then((r) => r.json()), ...config.members.map(loadForm)]);
  const forms = await Promise.all(loaded.map(compile));
  const ids = config.members.map((m) => m.id);
  const titles = loaded.map((l) => l.definition.title).map((t) => t[locale] ?? t.vi);
  const submissions = [];
  const prefilled = await prefillBundle(bundle, forms, ids, withPresets(bundle, Object.fromEntries(ids.map((id) => [id, {}]))));
  const { records, failures, requests } = prefilled;
  const provenanceByForm = Object.fromEntries(Object.entries(records).map(([id, r]) => [id, r.provenance]));
  const share = (data, changedId) => prefill.shareAnswers(bundle, data, changedId, { provenanceByForm });
  // Prefilled shared answers reach every member (never over a member's own locked value).
  let dataByForm = ids.reduce(share, prefilled.dataByForm);
  const filingId = crypto.randomUUID();
  const show = (i) => {
    const id = ids[i];
    const heading = document.createElement('h2');
    heading.textContent = TEXT.step(i + 1, forms.length, titles[i]);
    heading.tabIndex = -1;
    const parts = [heading];
    if (failures[id]?.length) {
      // What the sources could not give for this member: the citizen fills it in.
      const status = document.createElement('tk-prefill-status');
      status.locale = locale;
      status.headingLevel = 3;
      status.requests = requests;
      status.failures = failures[id];
      parts.push(status);
    }
    const el = formElement(forms[i], { data: dataByForm[id], headingLevel: 3, prefillRecord: records[id] });
    el.addEventListener('tk-submit', (event) => {
      event.preventDefault();
      submissions[i] = event.detail.submission;
      // Kept for going back to this member: its answers and its record with any correction request.
      if (records[id]) records[id] = el.prefillRecord;
      provenanceByForm[id] = event.detail.submission.provenance;
      dataByForm = share({ ...dataByForm, [id]: event.detail.data }, id);
      if (i + 1 < forms.length) show(i + 1);
      else void send({ filingId, submissions }, { title: (index) => titles[index], show });
    });
    host.replaceChildren(...parts, el);
    heading.focus();
  };
  show(0);
}

async function runForm() {
  const el = formElement(await compile(await loadForm(config[0])), { providers });
  el.addEventListener('tk-submit', (event) => {
    event.preventDefault();
    void send(event.detail.submission);
  });
  host.replaceChildren(el);
}

(kind === 'bundle' ? runBundle() : runForm()).catch((error) => showError({ message: String(error) }, 0));
