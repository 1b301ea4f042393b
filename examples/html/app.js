// SPDX-License-Identifier: MIT
/* global location, URLSearchParams */
/**
 * The page script of the plain-HTML example: no framework, no build step. It takes a form of the built catalog
 * (`forms/dist`: the definition and its precompiled validator), gives it to `<tk-form>`, and shows what
 * `tk-submit` hands over. Everything comes from this origin, so the page works under `script-src 'self'`.
 *
 * Query options: `?form=<catalog id>` (default `vn.moj.birth-registration`), `?lang=en`, `?draft=local|session`
 * (autosave), `?kiosk` (shared device: nothing stored, cleared after submitting).
 */
// The bundle defines <tk-form> and its widgets, and re-exports core's compiler for exactly this use.
import { loadBuiltForm } from '/tokhai/tokhai.bundle.js';

const DEFAULT_FORM = 'vn.moj.birth-registration';

const TEXT = {
  vi: {
    loading: 'Đang tải biểu mẫu…',
    received: 'Đã nhận hồ sơ',
    id: 'Mã hồ sơ:',
    failed: (reason) => `Không tải được biểu mẫu: ${reason}`,
  },
  en: {
    loading: 'Loading the form…',
    received: 'Application received',
    id: 'Reference:',
    failed: (reason) => `The form could not be loaded: ${reason}`,
  },
};

const params = new URLSearchParams(location.search);
const locale = params.get('lang') === 'en' ? 'en' : 'vi';
const t = TEXT[locale];
const form = document.getElementById('form');
const status = document.getElementById('status');

async function fetchJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/**
 * The catalog entry of a form: `catalog.json` lists what `tokhai build` produced, so the page never imports a
 * module whose name came from the address bar.
 */
async function catalogEntry(id) {
  const catalog = await fetchJson('/forms/catalog.json');
  const entry = catalog.find((f) => f.id === id);
  if (!entry) throw new Error(`"${id}" is not in forms/dist/catalog.json`);
  return entry;
}

/** Shows the submission as text (never as HTML), as a portal's receipt page would after its server accepted it. */
function showReceipt(submission) {
  const receipt = document.getElementById('receipt');
  document.getElementById('receipt-title').textContent = t.received;
  document.getElementById('submission-id-label').textContent = t.id;
  document.getElementById('submission-id').textContent = submission.submissionId;
  document.getElementById('submission').textContent = JSON.stringify(submission, null, 2);
  receipt.hidden = false;
  document.getElementById('receipt-title').focus();
}

async function main() {
  document.documentElement.lang = locale;
  status.textContent = t.loading;
  form.locale = locale;
  const draft = params.get('draft');
  if (draft === 'local' || draft === 'session') form.draft = draft;
  form.kiosk = params.has('kiosk');

  const entry = await catalogEntry(params.get('form') ?? DEFAULT_FORM);
  const [definition, validator] = await Promise.all([fetchJson(`/forms/${entry.file}`), import(`/forms/${entry.validator}`)]);
  // The precompiled validator is plain code built by `tokhai build`: no `new Function`, so no 'unsafe-eval'. The
  // build checked the definition; `compileBuiltForm` refuses a module built from another version of it. (Given the
  // bare definition instead, <tk-form> would load core's checks and its eval-free interpreter: correct, only
  // heavier and slower.) `loadBuiltForm` is `compileBuiltForm` after loading the bundle's logic-kit chunk (the JSON
  // Logic interpreter), which only forms with computed values need, such as the birth registration's.
  form.form = await loadBuiltForm(definition, validator);
  status.textContent = '';

  form.addEventListener('tk-submit', (event) => {
    // A portal POSTs `event.detail.submission` to its server here, which verifies it again (@tokhai/server).
    // Not cancelled: the form then removes its draft, and a kiosk form clears every answer.
    showReceipt(event.detail.submission);
  });
}

main().catch((error) => {
  status.textContent = t.failed(error instanceof Error ? error.message : String(error));
  status.setAttribute('role', 'alert');
});
