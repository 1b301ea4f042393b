// SPDX-License-Identifier: MIT
/* global location, history, DOMParser */
// The procedure and bundle pages: builds <tk-form> from the catalog's build outputs (definition + precompiled
// validator), gives it the portal's providers, and posts `tk-submit` to the portal. A separate file because the
// page's CSP has no 'unsafe-inline'. Everything comes from /static/tokhai.bundle.js (the prefill adapters and
// components from its lazily loaded prefill chunk, `loadPrefill()`); no framework.
import * as tk from '/static/tokhai.bundle.js';
import { portalProviders } from '/assets/providers.js';

const host = document.getElementById('tk-host');
const errorBox = document.getElementById('submit-error');
const statusLine = document.getElementById('submit-status');
const { kind, submitUrl } = host.dataset;
/** The page's language: switched in place (`switchLocale`), so it changes while the page lives. */
let locale = host.dataset.locale;
const config = JSON.parse(host.dataset.forms);
const TEXTS = {
  vi: {
    sending: 'Đang gửi hồ sơ…',
    failed: 'Không gửi được hồ sơ',
    step: (i, n) => `Thủ tục ${i}/${n}`,
    signIn: 'Đăng nhập',
    fix: (title) => `Sửa tờ khai: ${title}`,
    bundleConsent: (n) => `Bạn chỉ cần đồng ý một lần cho cả ${n} thủ tục: dữ liệu được lấy một lần và điền sẵn vào từng tờ khai.`,
    prefilling: 'Đang lấy dữ liệu của bạn…',
    tryAgain: 'Vui lòng thử lại sau. Thông tin bạn đã khai vẫn được giữ trên trang này.',
    offline: 'Không kết nối được với cổng dịch vụ công. Hãy kiểm tra kết nối mạng rồi gửi lại; thông tin bạn đã khai vẫn được giữ.',
    loadFailed: 'Không tải được biểu mẫu. Hãy tải lại trang.',
  },
  en: {
    sending: 'Sending…',
    failed: 'The submission could not be sent',
    step: (i, n) => `Procedure ${i} of ${n}`,
    signIn: 'Sign in',
    fix: (title) => `Correct: ${title}`,
    bundleConsent: (n) => `You consent once for all ${n} procedures: your data is fetched once and fills every declaration.`,
    prefilling: 'Fetching your data…',
    tryAgain: 'Please try again later. Your answers are still on this page.',
    offline: 'The portal could not be reached. Check your connection and send again; your answers are kept.',
    loadFailed: 'The form could not be loaded. Reload the page.',
  },
};
let TEXT = TEXTS[locale];
/** Writers of the texts this script put on the page, run again when the language is switched in place. */
const relocalize = new Set();

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
function formElement(form, { data, headingLevel = 2, providers: sources, prefillRecord, draft } = {}) {
  const el = document.createElement('tk-form');
  el.locale = locale;
  el.headingLevel = headingLevel;
  el.review = true;
  if (draft) el.draft = draft;
  el.form = form;
  if (data !== undefined) el.data = data;
  if (sources) el.providers = sources;
  if (prefillRecord) el.prefillRecord = prefillRecord;
  return el;
}

/**
 * What a citizen reads of one located error: the portal's `label` of the field (the form's own name for it) before
 * the message, unless the message already names it (core's messages do: "Vui lòng nhập Nơi nộp hồ sơ"). Never the
 * JSON Pointer: that is for the console.
 */
const errorText = (e) => (e.label && !e.message.includes(e.label) ? `${e.label}: ${e.message}` : e.message);

/**
 * Shows a refusal as text (never HTML): the message and each located error in plain words (the status, reason and
 * pointers go to the console for whoever supports the citizen). In a bundle, `reopen(index)` offers to go back to
 * the member declaration the portal refused.
 */
function showError(body, status, reopen) {
  if (status) console.warn(`The portal refused the submission (HTTP ${status}${body?.reason ? `, ${body.reason}` : ''}):`, body?.errors ?? []);
  errorBox.replaceChildren();
  const title = document.createElement('h2');
  title.textContent = TEXT.failed;
  const message = document.createElement('p');
  message.textContent = typeof body?.message === 'string' && body.message ? body.message : TEXT.tryAgain;
  errorBox.append(title, message);
  if (status === 401) {
    const link = document.createElement('a');
    link.href = `/login?next=${encodeURIComponent(location.pathname + location.search)}${locale === 'en' ? '&lang=en' : ''}`;
    link.textContent = TEXT.signIn;
    errorBox.append(link);
  }
  const list = document.createElement('ul');
  const lines = new Set((body?.errors ?? []).filter((e) => typeof e?.message === 'string' && e.message).map(errorText));
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
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

/** The portal received this page's filing: the page is not to be used again (see `pageshow` below). */
let received = false;
// Back from the receipt may show this page from the browser's back-forward cache, as it was: a fresh page instead,
// so the same answers are not sent again as a new filing.
window.addEventListener('pageshow', (event) => {
  if (event.persisted && received) location.reload();
});

/**
 * Posts the submission(s); on a receipt, `accepted()` runs before the receipt page opens (a procedure page clears
 * its draft there), else the refusal is shown and every answer stays.
 */
async function send(payload, reopen, accepted) {
  statusLine.textContent = TEXT.sending;
  errorBox.replaceChildren();
  let response;
  let body;
  try {
    response = await fetch(submitUrl, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(payload) });
    body = await response.json().catch(() => undefined);
  } catch (error) {
    console.warn(error);
    statusLine.textContent = '';
    return showError({ message: TEXT.offline }, 0);
  }
  statusLine.textContent = '';
  if (response.ok) {
    received = true;
    accepted?.();
    location.assign(body.receiptUrl + (locale === 'en' ? '?lang=en' : ''));
  } else showError(body, response.status, reopen);
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
    const say = () => (intro.textContent = TEXT.bundleConsent(memberCount));
    say();
    relocalize.add(say);
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
  // In the page's language at the time asked: it may be switched in place.
  const titleOf = (index) => loaded[index].definition.title[locale] ?? loaded[index].definition.title.vi;
  const submissions = [];
  // Each member starts as a new declaration does in <tk-form>: with its schema's defaults (nationality: Việt Nam).
  const fresh = Object.fromEntries(ids.map((id, i) => [id, tk.withDefaults(forms[i].schema, {})]));
  const prefilled = await prefillBundle(bundle, forms, ids, withPresets(bundle, fresh));
  const { records, failures, requests } = prefilled;
  const provenanceByForm = Object.fromEntries(Object.entries(records).map(([id, r]) => [id, r.provenance]));
  const share = (data, changedId) => prefill.shareAnswers(bundle, data, changedId, { provenanceByForm });
  // Prefilled shared answers reach every member (never over a member's own locked value).
  let dataByForm = ids.reduce(share, prefilled.dataByForm);
  const filingId = crypto.randomUUID();
  /** "Procedure 2 of 3", above the member form: the form's own title (an h2 under the bundle's h1) names it. */
  const caption = document.createElement('p');
  caption.className = 'step-caption';
  caption.tabIndex = -1;
  let current = 0;
  relocalize.add(() => (caption.textContent = TEXT.step(current + 1, forms.length)));
  const show = (i) => {
    const id = ids[i];
    current = i;
    caption.textContent = TEXT.step(i + 1, forms.length);
    const parts = [caption];
    if (failures[id]?.length) {
      // What the sources could not give for this member: the citizen fills it in.
      const status = document.createElement('tk-prefill-status');
      status.locale = locale;
      status.headingLevel = 2;
      status.requests = requests;
      status.failures = failures[id];
      parts.push(status);
    }
    const el = formElement(forms[i], { data: dataByForm[id], headingLevel: 2, prefillRecord: records[id] });
    el.addEventListener('tk-submit', (event) => {
      event.preventDefault();
      submissions[i] = event.detail.submission;
      // Kept for going back to this member: its answers and its record with any correction request.
      if (records[id]) records[id] = el.prefillRecord;
      provenanceByForm[id] = event.detail.submission.provenance;
      dataByForm = share({ ...dataByForm, [id]: event.detail.data }, id);
      if (i + 1 < forms.length) show(i + 1);
      else void send({ filingId, submissions }, { title: titleOf, show });
    });
    host.replaceChildren(...parts, el);
    caption.focus();
  };
  show(0);
}

/**
 * One procedure (the page's h1 and lead are the form's title and description, so portal.css hides the form's
 * own: `#tk-host[data-kind="form"] tk-form::part(title)`). Its answers are kept as a draft in this tab's
 * sessionStorage (`draft="session"`), so a reload, or signing in after filling it in anonymously, offers them
 * back; the draft is removed once the portal has received the submission, and when the citizen signs out
 * (the portal's `Clear-Site-Data`). Bundle pages keep none: a member form's draft would not bring back the
 * bundle's consent, prefill record and the members already completed.
 */
async function runForm() {
  const el = formElement(await compile(await loadForm(config[0])), { providers, draft: 'session' });
  // The form is the page (no client-side router here): the browser's Back and Forward move between its steps and
  // the review instead of leaving the page with the answers. Not on bundle pages: each member is a new <tk-form>,
  // so the entries of a member already submitted would belong to an element that is gone, and Back would pass
  // them by with nothing happening.
  el.stepHistory = true;
  el.addEventListener('tk-submit', (event) => {
    // Cancelled, so a refusal keeps the answers and their draft (the form removes it on an uncancelled submit).
    event.preventDefault();
    void send(event.detail.submission, undefined, () => {
      // Received: the draft goes (reset() removes it); the form is hidden while the receipt page opens.
      host.hidden = true;
      el.reset();
    });
  });
  host.replaceChildren(el);
}

/** The page's URL in `target` (`?lang=en`; Vietnamese, the default, has none), everything else kept. */
function urlIn(target) {
  const url = new URL(location.href);
  if (target === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  return url;
}

/**
 * Switches the page's language in place, without leaving it: the citizen's answers, step and focus stay (a
 * navigation to `?lang=en` would start the form anew). `<tk-form>` re-renders in the new language and keeps its
 * data (its contract), the prefill components and this script's own texts follow, and the server-rendered parts
 * (`data-localized`: header, notices, footer) are replaced by the same parts of the page in the other language,
 * fetched from the portal and parsed inert (DOMParser runs no script). The address becomes `?lang=en` by
 * `history.replaceState`, keeping the history entry's state (the form's step history), so a reload or a shared
 * link opens the page in the language chosen. If the page cannot be fetched, the form and this script's texts
 * switch anyway: the answers matter more than the header.
 */
let switching;
async function switchLocale(target) {
  const url = urlIn(target);
  const hadFocus = document.activeElement?.closest?.('[data-switch-locale]') != null;
  try {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    for (const part of document.querySelectorAll('[data-localized]')) {
      const fresh = page.querySelector(`[data-localized="${part.dataset.localized}"]`);
      if (fresh) part.replaceWith(document.importNode(fresh, true));
    }
    document.title = page.title;
  } catch (error) {
    console.warn('The page texts could not be switched; the form is.', error);
  }
  locale = target;
  TEXT = TEXTS[target];
  document.documentElement.lang = target;
  host.dataset.locale = target;
  for (const el of document.querySelectorAll('tk-form, tk-consent-panel, tk-prefill-status')) el.locale = target;
  for (const write of relocalize) write();
  history.replaceState(history.state, '', url);
  if (hadFocus) document.querySelector('[data-switch-locale]')?.focus();
}

// The header's language link, on this page: switched in place. A click meant for a new tab or window is left
// to the browser, and so is every link on pages without a form.
document.addEventListener('click', (event) => {
  const link = event.target?.closest?.('a[data-switch-locale]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const target = locale === 'en' ? 'vi' : 'en';
  switching ??= switchLocale(target).finally(() => (switching = undefined));
});

// Back and Forward between the form's steps return to entries recorded before a switch, with the old `?lang`:
// the address follows the page's language, not the other way round.
window.addEventListener('popstate', () => {
  if ((new URL(location.href).searchParams.get('lang') === 'en' ? 'en' : 'vi') !== locale) history.replaceState(history.state, '', urlIn(locale));
});

(kind === 'bundle' ? runBundle() : runForm()).catch((error) => {
  console.error(error);
  showError({ message: TEXT.loadFailed }, 0);
});
