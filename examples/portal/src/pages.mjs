// SPDX-License-Identifier: MIT
// Server-rendered pages. Every interpolation is escaped by `html`; no inline script or style (strict CSP): page
// behaviour lives in public/*.js, and data the scripts need is passed in data-* attributes.
import { html } from './http.mjs';
import { TEXTS, officialCode, pick } from './i18n.mjs';

/** `path` with `?lang=` set for `locale` (Vietnamese is the default and has no parameter). */
export const withLang = (path, locale) => (locale === 'en' ? `${path}${path.includes('?') ? '&' : '?'}lang=en` : path);

/**
 * The page frame: header with the language switch and the sign-in state, main, footer. The parts in the page's
 * language carry `data-localized="<name>"`: a form page switches language in place by swapping them for the same
 * parts of the page in the other language (public/form-page.js), so the citizen's answers stay on screen.
 */
export function layout({ locale, title, user, path, body, scripts = [] }) {
  const t = TEXTS[locale];
  const other = locale === 'en' ? 'vi' : 'en';
  return html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${t.siteName}</title>
<link rel="stylesheet" href="/assets/portal.css">
${scripts.map((src) => html`<script type="module" src="${src}"></script>\n`)}
</head>
<body>
<a class="skip-link" href="#main" data-localized="skip">${t.skip}</a>
<header class="site-header" data-localized="header">
  <div class="bar">
    <a class="site-name" href="${withLang('/', locale)}">${t.siteName}</a>
    <nav aria-label="${t.languageNav}">
      <a href="${withLang(path, other)}" lang="${other}" hreflang="${other}" data-switch-locale="${other}">${t.language}</a>
      ${user
        ? html`<span class="who">${t.signedInAs} <strong>${user.name}</strong></span>
      <form method="post" action="${withLang('/logout', locale)}"><button class="link-button" type="submit">${t.signOut}</button></form>`
        : html`<a href="${withLang('/login?next=' + encodeURIComponent(path), locale)}">${t.signIn}</a>`}
    </nav>
  </div>
  <div class="demo-notice"><p>${t.demoNotice}</p></div>
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer class="site-footer" data-localized="footer"><p>tokhai · MIT · ${t.demoNotice}</p></footer>
</body>
</html>`.toString();
}

const levelText = (level, t) => (level === 'partial' ? t.levelPartial : t.levelFull);

/** The catalog: every procedure and every bundle. */
export function catalogPage({ locale, user, catalog }) {
  const t = TEXTS[locale];
  return layout({
    locale,
    user,
    path: '/',
    title: t.catalogTitle,
    body: html`<h1>${t.catalogTitle}</h1>
<p class="lead">${t.catalogIntro}</p>
<h2 id="bundles">${t.bundles}</h2>
<ul class="cards" aria-labelledby="bundles">
${catalog.bundles.map(
  (b) => html`<li>
  <h3><a href="${withLang(`/bundles/${encodeURIComponent(b.id)}`, locale)}">${pick(b.title, locale)}</a></h3>
  ${b.description ? html`<p class="meta">${pick(b.description, locale)}</p>` : ''}
  <p class="meta">${t.bundleMembers}:</p>
  <ul>${b.members.map((m) => html`<li>${pick(catalog.forms.find((f) => f.id === m)?.title, locale) || m}</li>`)}</ul>
</li>`,
)}
</ul>
<h2 id="procedures">${t.procedures}</h2>
<ul class="cards" aria-labelledby="procedures">
${catalog.forms.map(
  (f) => html`<li>
  <h3><a href="${withLang(`/forms/${encodeURIComponent(f.id)}`, locale)}">${pick(f.title, locale)}</a></h3>
  ${f.procedure ? html`<p class="meta">${t.agency}: ${pick(f.procedure.agency, locale)}</p>
  <p class="meta">${t.code}: ${officialCode(f.procedure.code, t)}</p>
  ${f.procedure.formCode ? html`<p class="meta">${t.formCode}: ${officialCode(f.procedure.formCode, t)}</p>` : ''}
  <p><span class="tag">${levelText(f.procedure.level, t)}</span></p>` : ''}
</li>`,
)}
</ul>`,
  });
}

/** The synthetic sign-in: one button per synthetic citizen. */
export function loginPage({ locale, user, citizens, next }) {
  const t = TEXTS[locale];
  return layout({
    locale,
    user,
    path: '/login',
    title: t.signIn,
    body: html`<h1>${t.loginTitle}</h1>
<p class="notice">${t.loginIntro}</p>
<ul class="citizens">
${citizens.map(
  (c) => html`<li>
  <div><strong>${c.name}</strong><br><span class="meta">${c.description ?? ''}${c.assuranceLevel ? ` · ${t.assurance(c.assuranceLevel)}` : ''}</span></div>
  <form method="post" action="${withLang('/login', locale)}">
    <input type="hidden" name="citizen" value="${c.id}">
    <input type="hidden" name="next" value="${next}">
    <button class="button" type="submit" data-citizen="${c.id}">${t.loginAs(c.name)}</button>
  </form>
</li>`,
)}
</ul>`,
  });
}

/**
 * A page with `<tk-form>`: one procedure or one bundle. The page script (public/form-page.js) reads the data-*
 * attributes of `#tk-host`, wires the providers to the portal's same-origin proxy and posts `tk-submit`.
 *
 * The page says the title (h1) and the description once: on a procedure page, `<tk-form>`'s own title and
 * description (its documented parts `title` and `description`) are hidden by portal.css, so the page's h1 comes
 * first, then what `procedure.inPerson` says (what the citizen must still bring or do in person, often that no
 * visit is needed) in a note titled as the question it answers, then the form's steps. On a bundle page the h1 is
 * the bundle's, and each member form shows its own title (an h2) under "Thủ tục 1/3".
 */
export function formPage({ locale, user, title, description, kind, id, formUrls, submitUrl, inPerson, path }) {
  const t = TEXTS[locale];
  return layout({
    locale,
    user,
    path,
    title,
    scripts: ['/static/tokhai.bundle.js', '/assets/form-page.js'],
    body: html`<p class="no-print back-link" data-localized="back"><a href="${withLang('/', locale)}">← ${t.back}</a></p>
<h1 data-localized="title">${title}</h1>
${description ? html`<p class="lead" data-localized="lead">${description}</p>` : ''}
${inPerson ? html`<div class="notice" role="note" aria-labelledby="in-person-title" data-localized="in-person"><p class="notice-title" id="in-person-title">${t.inPerson}</p><p>${inPerson}</p></div>` : ''}
${user ? '' : html`<p class="notice" role="note" data-localized="login">${t.loginRequired} <a href="${withLang('/login?next=' + encodeURIComponent(path), locale)}">${t.signIn}</a></p>`}
<div id="tk-host" data-kind="${kind}" data-id="${id}" data-locale="${locale}" data-submit-url="${submitUrl}"
  data-forms="${JSON.stringify(formUrls)}" data-signed-in="${user ? 'true' : 'false'}">
  <noscript><p>${t.noScript}</p></noscript>
</div>
<div id="submit-error" class="error-box" role="alert" tabindex="-1"></div>
<p id="submit-status" class="status" role="status" aria-live="polite"></p>`,
  });
}

const renderNode = (node) =>
  node.kind === 'group'
    ? html`<section class="summary-group"><h3>${node.title}</h3>${renderNodes(node.children)}</section>`
    : '';
function renderNodes(nodes) {
  const out = [];
  let rows = [];
  const flush = () => {
    if (rows.length) out.push(html`<dl class="summary">${rows.map((r) => html`<dt>${r.label}</dt><dd>${r.value}${r.source ? html` <span class="source">(${r.source})</span>` : ''}</dd>`)}</dl>`);
    rows = [];
  };
  for (const n of nodes) {
    if (n.kind === 'row') rows.push(n);
    else {
      flush();
      out.push(renderNode(n));
    }
  }
  flush();
  return out;
}

/** The receipt of one filing: each envelope with its digest, signature and printable answers. */
export function receiptPage({ locale, user, filingId, entries, path }) {
  const t = TEXTS[locale];
  return layout({
    locale,
    user,
    path,
    title: t.receiptTitle,
    scripts: ['/assets/receipt.js'],
    body: html`<h1>${t.receiptTitle}</h1>
<p class="lead">${t.receiptIntro}</p>
<p class="no-print"><button class="button secondary" type="button" id="print-receipt">${t.print}</button></p>
${entries.map(
  (e) => html`<article class="receipt" data-submission-id="${e.envelope.submissionId}">
  <div class="receipt-head">
    <h2>${e.title}</h2>
    <dl class="summary">
      <dt>${t.submissionId}</dt><dd class="mono">${e.envelope.submissionId}</dd>
      <dt>${t.form}</dt><dd>${e.envelope.formId} · ${t.version} ${e.envelope.formVersion}</dd>
      <dt>${t.receivedAt}</dt><dd>${e.receivedAtText}</dd>
      <dt>${t.digest}</dt><dd class="mono">${e.envelope.digest}</dd>
      <dt>${t.signature}</dt><dd class="mono">${e.signature}</dd>
    </dl>
  </div>
  <h3>${t.answers}</h3>
  ${renderNodes(e.summary)}
  ${e.envelope.consent.length
    ? html`<h3>${t.consentTitle}</h3><dl class="summary">${e.envelope.consent.map(
        (c) => html`<dt>${e.sourceName(c.source)}</dt><dd>${c.decision === 'granted' ? t.granted : t.declined} · ${c.purpose}</dd>`,
      )}</dl>`
    : ''}
  ${e.envelope.corrections?.length
    ? html`<h3>${t.corrections}</h3><ul>${e.envelope.corrections.map((c) => html`<li>${c.pointer}: ${c.reason}</li>`)}</ul>`
    : ''}
</article>`,
)}
<p class="meta">${filingId}</p>`,
  });
}

/** A plain error page (404 and the like). */
export function errorPage({ locale, user, status, message, path }) {
  return layout({ locale, user, path, title: String(status), body: html`<h1>${status}</h1><p>${message}</p><p><a href="${withLang('/', locale)}">${TEXTS[locale].back}</a></p>` });
}
