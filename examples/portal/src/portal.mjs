// SPDX-License-Identifier: MIT
/* global URLSearchParams */
/**
 * The demo portal: a Fastify server on loopback that lists the catalog, renders each procedure and bundle with
 * `<tk-form>`, signs citizens in (synthetically), proxies the mock data providers, and accepts submissions with
 * `@tokhai/server`'s verification, storing signed envelopes in SQLite (sql.js). `createPortal` is used by
 * `main.mjs` (`npm start`), by the tests and by the load benchmark.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import { calculateJwkThumbprint, exportJWK } from 'jose';
import { DEFAULT_LIMITS, REASONS, parseSubmissionBody, signEnvelope, verifySubmission, canonicalJson } from '@tokhai/server';
import { MissingBuildError, loadCatalog } from './catalog.mjs';
import { SECURITY_HEADERS, parseCookies, sendFile } from './http.mjs';
import { TEXTS, formatDateTime, localeOf, pick } from './i18n.mjs';
import { catalogPage, errorPage, formPage, loginPage, receiptPage, withLang } from './pages.mjs';
import { SOURCE_NAMES, startProviders } from './population.mjs';
import { openStore } from './store.mjs';
import { fieldLabels, summarize } from './summary.mjs';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root (examples/portal/src → ../../..). */
export const REPO = resolve(here, '../../..');
export const PATHS = {
  formsDist: join(REPO, 'forms/dist'),
  elementsDist: join(REPO, 'packages/elements/dist'),
  public: resolve(here, '../public'),
  db: resolve(here, '../data/portal.sqlite'),
};

const SESSION_COOKIE = 'tk_session';
/** A demo session lasts 8 hours (a real portal follows its identity provider's session). */
const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The portal's own refusals, beside @tokhai/server's: same shape, same bilingual messages. */
const PORTAL_REASONS = {
  'not-signed-in': { status: 401, vi: 'Bạn cần đăng nhập để nộp hồ sơ.', en: 'You need to sign in to submit.' },
  'unknown-form': { status: 404, vi: 'Không có biểu mẫu này trong danh mục.', en: 'There is no such form in the catalog.' },
  'unknown-form-version': {
    status: 422,
    vi: 'Cổng không tiếp nhận phiên bản này của biểu mẫu. Hãy tải lại trang để dùng phiên bản mới.',
    en: 'The portal does not accept this version of the form. Reload the page to use the current version.',
  },
  'unknown-bundle': { status: 404, vi: 'Không có nhóm thủ tục này.', en: 'There is no such procedure group.' },
  'invalid-bundle-submission': {
    status: 400,
    vi: 'Hồ sơ liên thông phải gồm các tờ khai của các thủ tục trong nhóm, mỗi thủ tục một tờ khai.',
    en: 'A group submission must hold one declaration per procedure of the group.',
  },
  'submission-id-conflict': {
    status: 409,
    vi: 'Mã hồ sơ này đã được dùng cho một hồ sơ khác.',
    en: 'This submission id was already used for a different submission.',
  },
  'not-found': { status: 404, vi: 'Không tìm thấy.', en: 'Not found.' },
  'internal-error': { status: 500, vi: 'Lỗi hệ thống. Vui lòng thử lại sau.', en: 'Something went wrong. Please try again later.' },
};

/** The body of a refusal: `{reason, message, errors}` plus context. */
const refusal = (reason, locale, extra = {}) => {
  const entry = PORTAL_REASONS[reason] ?? REASONS[reason];
  return { status: entry.status, body: { reason, message: entry[locale], errors: [], ...extra } };
};

/** Locale of an API request: `?lang=en`, else an English Accept-Language, else Vietnamese. */
const apiLocale = (request) =>
  request.query?.lang === 'en' || /^en\b/i.test(String(request.headers['accept-language'] ?? '')) ? 'en' : 'vi';

/**
 * A refusal's errors with `label`, the form's own name of the field each one is about (when it is about a field
 * of the form's data), so the page can tell the citizen which answer to check without showing a JSON Pointer.
 */
const withLabels = (form, errors, locale) => {
  const label = fieldLabels(form, locale);
  return errors.map((e) => {
    // `submission` and `limit` checks point into the submission, not its data (@tokhai/server's VerifyFailure).
    const name = e.keyword === 'submission' || e.keyword === 'limit' ? undefined : label(e.pointer);
    return name === undefined ? e : { ...e, label: name };
  });
};

/** A `next` target that stays on this site. */
const safeNext = (next) => (typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.includes('\\') ? next : '/');

/**
 * Starts the portal.
 * @param {{ port?: number, host?: string, dbFile?: string|null, formsDist?: string, elementsDist?: string, logger?: boolean, limits?: Partial<typeof DEFAULT_LIMITS> }} [options]
 */
export async function createPortal(options = {}) {
  const formsDist = options.formsDist ?? PATHS.formsDist;
  const elementsDist = options.elementsDist ?? PATHS.elementsDist;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const catalog = loadCatalog(formsDist);
  if (!existsSync(join(elementsDist, 'tokhai.bundle.js'))) {
    throw new MissingBuildError(join(elementsDist, 'tokhai.bundle.js'), 'Run `npm run build` first.');
  }
  const store = await openStore(options.dbFile === undefined ? PATHS.db : options.dbFile);
  const providers = await startProviders();
  const signer = await createSigner(store);
  /** @type {Map<string, {citizen: any, createdAt: number}>} */
  const sessions = new Map();

  const app = Fastify({ logger: options.logger ?? false, bodyLimit: limits.maxBytes, trustProxy: false });

  // Bodies are read raw: @tokhai/server's parseSubmissionBody decides 415/413/400 so every portal answers alike.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    return payload;
  });

  // Fastify's own refusals (a body over bodyLimit, a broken request) in the same shape as ours.
  app.setErrorHandler((error, request, reply) => {
    const locale = apiLocale(request);
    const status = error.statusCode ?? 500;
    const reason = status === 413 ? 'body-too-large' : status === 415 ? 'unsupported-media-type' : status === 400 ? 'malformed-json' : 'internal-error';
    if (reason === 'internal-error') request.log.error(error);
    const { body } = refusal(reason, locale);
    reply.code(status >= 400 && status < 500 ? status : 500).type('application/json; charset=utf-8').send(body);
  });

  const sessionOf = (request) => {
    const token = parseCookies(request.headers.cookie)[SESSION_COOKIE];
    const session = token ? sessions.get(token) : undefined;
    if (session && Date.now() - session.createdAt > SESSION_TTL_MS) {
      sessions.delete(token);
      return undefined;
    }
    return session;
  };
  const userOf = (request) => sessionOf(request)?.citizen;
  const html = (reply, page, status = 200) => reply.code(status).type('text/html; charset=utf-8').send(page);
  const notFound = (request, reply) => {
    const locale = localeOf(request.query);
    return html(reply, errorPage({ locale, user: userOf(request), status: 404, message: TEXTS[locale].notFound, path: request.url.split('?')[0] }), 404);
  };
  app.setNotFoundHandler(notFound);

  // ---------------------------------------------------------------------------------------------- pages
  app.get('/', async (request, reply) => {
    const locale = localeOf(request.query);
    return html(reply, catalogPage({ locale, user: userOf(request), catalog }));
  });

  app.get('/login', async (request, reply) => {
    const locale = localeOf(request.query);
    return html(reply, loginPage({ locale, user: userOf(request), citizens: providers.citizens, next: safeNext(request.query.next) }));
  });

  app.post('/login', async (request, reply) => {
    const form = new URLSearchParams(Buffer.isBuffer(request.body) ? request.body.toString('utf8') : '');
    const citizen = providers.citizen(form.get('citizen') ?? '');
    const locale = localeOf(request.query);
    if (!citizen) return reply.redirect(withLang('/login', locale), 303);
    const token = randomBytes(32).toString('base64url');
    sessions.set(token, { citizen, createdAt: Date.now() });
    reply.header('set-cookie', `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${SESSION_TTL_MS / 1000}`);
    return reply.redirect(withLang(safeNext(form.get('next')), locale), 303);
  });

  app.post('/logout', async (request, reply) => {
    const token = parseCookies(request.headers.cookie)[SESSION_COOKIE];
    if (token) sessions.delete(token);
    reply.header('set-cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`);
    // Form pages keep drafts of the answers in sessionStorage (draft="session"): after signing out, the next person
    // at this browser must not be offered them. The browser clears the origin's storage on this response.
    reply.header('clear-site-data', '"storage"');
    return reply.redirect(withLang('/', localeOf(request.query)), 303);
  });

  const formUrls = (form) => ({
    id: form.id,
    version: form.version,
    definition: `/static/forms/${form.file}`,
    validator: `/static/forms/${form.validator}`,
  });

  app.get('/forms/:id', async (request, reply) => {
    const form = catalog.latest(request.params.id);
    if (!form) return notFound(request, reply);
    const locale = localeOf(request.query);
    return html(
      reply,
      formPage({
        locale,
        user: userOf(request),
        kind: 'form',
        id: form.id,
        title: pick(form.title, locale),
        description: pick(form.description, locale),
        inPerson: pick(form.procedure?.inPerson, locale),
        formUrls: [formUrls(form)],
        submitUrl: '/api/submissions',
        path: `/forms/${form.id}`,
      }),
    );
  });

  app.get('/bundles/:id', async (request, reply) => {
    const bundle = catalog.bundle(request.params.id);
    if (!bundle) return notFound(request, reply);
    const locale = localeOf(request.query);
    const members = bundle.members.map((id) => catalog.latest(id)).filter(Boolean);
    return html(
      reply,
      formPage({
        locale,
        user: userOf(request),
        kind: 'bundle',
        id: bundle.id,
        title: pick(bundle.title, locale),
        description: pick(bundle.description, locale),
        formUrls: { bundle: `/static/forms/${bundle.file}`, members: members.map(formUrls) },
        submitUrl: `/api/bundles/${encodeURIComponent(bundle.id)}/submissions`,
        path: `/bundles/${bundle.id}`,
      }),
    );
  });

  app.get('/receipts/:id', async (request, reply) => {
    const user = userOf(request);
    const locale = localeOf(request.query);
    const rows = user ? store.byFiling(request.params.id).filter((r) => r.owner === user.pid) : [];
    if (!rows.length) return notFound(request, reply);
    const sourceName = (s) => SOURCE_NAMES[locale][s] ?? s;
    const entries = rows.map((row) => {
      const envelope = JSON.parse(row.envelope);
      const form = catalog.form(envelope.formId, envelope.formVersion);
      return {
        envelope,
        signature: row.signature,
        title: form ? pick(form.title, locale) : envelope.formId,
        receivedAtText: `${formatDateTime(new Date(envelope.receivedAt), locale)} (${envelope.receivedAt})`,
        sourceName,
        summary: form ? summarize(form.compiled, envelope.data, { locale, provenance: envelope.provenance, sourceName }) : [],
      };
    });
    return html(reply, receiptPage({ locale, user, filingId: request.params.id, entries, path: `/receipts/${request.params.id}` }));
  });

  // ------------------------------------------------------------------------------------------- static files
  app.get('/static/:file', async (request, reply) => {
    const file = request.params.file;
    // The bundle and the chunks rollup splits off it (tokhai2.bundle.js, tokhai.admin-units.js…), nothing else.
    if (!/^tokhai[A-Za-z0-9_.-]*\.js(\.map)?$/.test(file)) return notFound(request, reply);
    return (await sendFile(reply, elementsDist, file)) ? reply : notFound(request, reply);
  });

  // Browsers ask for it on every page; an empty answer keeps the console free of 404s.
  app.get('/favicon.ico', async (_request, reply) => reply.code(204).send());

  /** Only what `tokhai build` lists: definitions, validators, bundles, the index. */
  const servedForms = new Set([
    'catalog.json',
    ...catalog.forms.flatMap((f) => [f.file, f.validator]),
    ...catalog.bundles.map((b) => b.file),
  ]);
  app.get('/static/forms/*', async (request, reply) => {
    const file = request.params['*'];
    if (!servedForms.has(file)) return notFound(request, reply);
    return (await sendFile(reply, formsDist, file)) ? reply : notFound(request, reply);
  });

  app.get('/assets/:file', async (request, reply) => {
    return (await sendFile(reply, PATHS.public, request.params.file)) ? reply : notFound(request, reply);
  });

  app.get('/.well-known/jwks.json', async (_request, reply) => reply.type('application/json').send({ keys: store.keys() }));

  // -------------------------------------------------------------------------------------- provider proxy
  const requireCitizen = (request, reply) => {
    const citizen = userOf(request);
    if (!citizen) {
      const { status, body } = refusal('not-signed-in', apiLocale(request));
      reply.code(status).send(body);
    }
    return citizen;
  };
  const relay = (reply, answer) => reply.code(answer.status).header('cache-control', 'no-store').type(answer.type).send(answer.body);

  app.get('/api/providers/vneid/userinfo', async (request, reply) => {
    const citizen = requireCitizen(request, reply);
    return citizen ? relay(reply, await providers.userinfo(citizen, false)) : reply;
  });
  // The signed userinfo (a JWT from the e-ID): the browser passes it on as the attestation of the e-ID claims.
  app.get('/api/providers/vneid/id-token', async (request, reply) => {
    const citizen = requireCitizen(request, reply);
    return citizen ? relay(reply, await providers.userinfo(citizen, true)) : reply;
  });
  app.get('/api/providers/population/:group', async (request, reply) => {
    const citizen = requireCitizen(request, reply);
    if (!citizen) return reply;
    const group = request.params.group;
    if (!['identity', 'residence', 'household', 'health', 'insurance', 'licences'].includes(group)) return notFound(request, reply);
    return relay(reply, await providers.record(citizen, group, typeof request.query.claims === 'string' ? request.query.claims : undefined));
  });

  // ----------------------------------------------------------------------------------------- submissions
  /**
   * Verifies each submission against its form (the catalog picks the form by id and version), signs each
   * envelope, and stores them all or none. Resubmitting the same ids returns the stored receipts.
   */
  async function accept(request, reply, items, { bundleId, filingId }) {
    const citizen = sessionOf(request)?.citizen;
    const locale = items.find((i) => i?.locale === 'en' || i?.locale === 'vi')?.locale ?? apiLocale(request);
    const send = ({ status, body }) => reply.code(status).send(body);

    const forms = [];
    for (const [index, item] of items.entries()) {
      if (item === null || typeof item !== 'object' || Array.isArray(item) || typeof item.formId !== 'string') {
        return send(refusal('invalid-submission', locale, { index, errors: [{ pointer: '/formId', keyword: 'submission', schemaPath: '', params: {}, messageKey: 'server.submission.required', message: '' }] }));
      }
      if (!catalog.hasForm(item.formId)) return send(refusal('unknown-form', locale, { index, formId: item.formId }));
      const form = catalog.form(item.formId, item.formVersion);
      if (!form) return send(refusal('unknown-form-version', locale, { index, formId: item.formId, formVersion: item.formVersion, current: catalog.latest(item.formId).version }));
      forms.push(form);
    }

    const now = new Date();
    const results = await Promise.all(
      items.map((item, i) =>
        // A day: a submission made longer ago would let `$now` (its submittedAt) be chosen by the client.
        verifySubmission(forms[i].compiled, item, { keys: providers.keys, subject: [citizen.pid, citizen.sub], limits, now, maxSubmissionAge: 86_400 }),
      ),
    );
    const failed = results.findIndex((r) => !r.ok);
    if (failed >= 0) {
      const { status, reason, message, errors } = results[failed];
      return reply.code(status).send({ reason, message, errors: withLabels(forms[failed].compiled, errors, locale), index: failed, formId: forms[failed].id });
    }

    const filing = filingId ?? results[0].envelope.submissionId;
    const rows = await Promise.all(
      results.map(async ({ envelope }) => ({
        submission_id: envelope.submissionId,
        form_id: envelope.formId,
        form_version: envelope.formVersion,
        bundle_id: bundleId ?? null,
        filing_id: filing,
        owner: citizen.pid,
        digest: envelope.digest,
        envelope: canonicalJson(envelope),
        signature: await signEnvelope(envelope, signer.privateKey, { kid: signer.kid }),
        key_id: signer.kid,
        received_at: envelope.receivedAt,
      })),
    );
    // The store decides conflicts (another owner, form or data under a stored id) inside its transaction, so a
    // refused filing leaves none of its members stored.
    const outcome = store.insertAll(rows);
    if (outcome.conflict) return send(refusal('submission-id-conflict', locale, { submissionId: outcome.conflict.submission_id }));
    await store.flush();
    const stored = outcome.results.map((r) => r.row);
    const storedFiling = stored[0].filing_id;
    const status = outcome.results.some((r) => r.status === 'inserted') ? 201 : 200;
    return reply.code(status).send({
      status: status === 201 ? 'received' : 'already-received',
      filingId: storedFiling,
      receiptUrl: `/receipts/${storedFiling}`,
      submissions: stored.map((row) => ({
        submissionId: row.submission_id,
        formId: row.form_id,
        formVersion: row.form_version,
        digest: row.digest,
        receivedAt: row.received_at,
        signature: row.signature,
        kid: row.key_id,
        envelope: JSON.parse(row.envelope),
      })),
    });
  }

  const readBody = (request, reply) => {
    const parsed = parseSubmissionBody(request.body ?? Buffer.alloc(0), request.headers['content-type'], { limits, locale: apiLocale(request) });
    if (!parsed.ok) {
      const { status, reason, message, errors } = parsed;
      reply.code(status).send({ reason, message, errors });
      return undefined;
    }
    return parsed;
  };

  app.post('/api/submissions', async (request, reply) => {
    if (!requireCitizen(request, reply)) return reply;
    const parsed = readBody(request, reply);
    if (!parsed) return reply;
    return accept(request, reply, [parsed.value], {});
  });

  app.post('/api/bundles/:id/submissions', async (request, reply) => {
    if (!requireCitizen(request, reply)) return reply;
    const locale = apiLocale(request);
    const bundle = catalog.bundle(request.params.id);
    if (!bundle) return reply.code(404).send(refusal('unknown-bundle', locale).body);
    const parsed = readBody(request, reply);
    if (!parsed) return reply;
    const body = parsed.value;
    const items = body?.submissions;
    const ids = Array.isArray(items) ? items.map((s) => s?.formId) : [];
    const validFiling = body?.filingId === undefined || (typeof body.filingId === 'string' && UUID.test(body.filingId));
    if (
      !Array.isArray(items) || items.length === 0 || !validFiling ||
      ids.some((id) => !bundle.members.includes(id)) || new Set(ids).size !== ids.length
    ) {
      return reply.code(400).send(refusal('invalid-bundle-submission', locale, { members: bundle.members }).body);
    }
    return accept(request, reply, items, { bundleId: bundle.id, filingId: body.filingId?.toLowerCase() });
  });

  app.get('/api/submissions/:id', async (request, reply) => {
    const citizen = requireCitizen(request, reply);
    if (!citizen) return reply;
    const row = store.get(String(request.params.id).toLowerCase());
    if (!row || row.owner !== citizen.pid) return reply.code(404).send(refusal('not-found', apiLocale(request)).body);
    return { envelope: JSON.parse(row.envelope), signature: row.signature, kid: row.key_id };
  });

  await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${address.port}`;

  return {
    app,
    url,
    store,
    catalog,
    providers,
    /** Public JWK of the key this run signs with. */
    signingKey: signer.publicJwk,
    async close() {
      await app.close();
      await providers.close();
      await store.close();
    },
  };
}

/** A fresh Ed25519 key per start (demo only: a real portal keeps its key in an HSM or KMS), recorded in the store. */
async function createSigner(store) {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  const publicJwk = { ...jwk, kid, alg: 'EdDSA', use: 'sig' };
  store.addKey(kid, publicJwk);
  await store.flush();
  return { privateKey, publicJwk, kid };
}
