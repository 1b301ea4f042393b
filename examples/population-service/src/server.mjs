// SPDX-License-Identifier: MIT
/**
 * The reference population-data service: a plain `node:http` server that answers like the back-office interface
 * of the national population database and the sectoral databases would (shapes from the team brief's provider
 * vocabulary), signs each answer with an ES256 attestation, and can inject faults for tests. SYNTHETIC DATA ONLY.
 *
 * Routes (GET):
 *   /citizens/:pid/identity | residence | household | health | insurance | licences   Bearer DEMO_SERVICE_TOKEN
 *   /userinfo                                                                         Bearer demo access token
 *   /.well-known/jwks.json                                                            the attestation key
 *   /                                                                                 an index of the routes
 * Query: `claims=/a,/b` trims the answer to those claims (data minimisation; the attestation covers only them).
 * Faults (query or header): `delay=<ms>` / `x-fault-delay`, `status=<code>` / `x-fault-status`,
 * `fault=malformed|wrong-types` / `x-fault`.
 */
import { createServer } from 'node:http';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose';
import { CITIZENS, DEMO_ACCESS_TOKENS, DEMO_SERVICE_TOKEN } from './fixtures.mjs';

/** The endpoint groups under /citizens/:pid/. */
export const GROUPS = ['identity', 'residence', 'household', 'health', 'insurance', 'licences'];

/** The source id each group's attestations are issued as (the provider ids of the team vocabulary). */
export const GROUP_SOURCE = {
  identity: 'population',
  residence: 'population',
  household: 'population',
  health: 'health',
  insurance: 'insurance',
  licences: 'licences',
};

/** Most delay a fault may ask for, so a mistaken test cannot hang a worker. */
const MAX_DELAY_MS = 30_000;

/**
 * @typedef {object} PopulationServiceOptions
 * @property {number} [port=0] TCP port (0: any free port).
 * @property {string} [host='127.0.0.1'] Interface to listen on (loopback by default).
 * @property {import('jose').JWK | CryptoKey} [signingKey] ES256 private key (JWK, or an extractable CryptoKey). Generated when absent.
 * @property {boolean} [sign=true] Attach attestations to answers.
 * @property {string} [attestationTtl='1d'] Lifetime of attestations (jose syntax).
 */

/**
 * @typedef {object} PopulationService
 * @property {string} url Base URL, e.g. `http://127.0.0.1:41234`.
 * @property {import('jose').JWK} publicJwk The attestation verification key (with `kid`, `alg`, `use`).
 * @property {() => Promise<void>} close Stops the server and drops open connections.
 */

/**
 * Starts the service. Resolves once it listens.
 * @param {PopulationServiceOptions} [options]
 * @returns {Promise<PopulationService>}
 */
export async function startPopulationService(options = {}) {
  const { privateKey, publicJwk } = await loadKeys(options.signingKey);
  const sign = options.sign ?? true;
  const ttl = options.attestationTtl ?? '1d';
  /** @type {(source: string, subject: string, data: Record<string, unknown>) => Promise<string | undefined>} */
  const attest = async (source, subject, data) => {
    if (!sign) return undefined;
    const claims = Object.fromEntries(Object.entries(data).map(([k, v]) => ['/' + k.replace(/~/g, '~0').replace(/\//g, '~1'), v]));
    return new SignJWT({ claims })
      .setProtectedHeader({ alg: 'ES256', typ: 'tokhai-attestation+jwt', kid: publicJwk.kid })
      .setIssuer(source)
      .setSubject(subject)
      .setIssuedAt()
      .setExpirationTime(ttl)
      .sign(privateKey);
  };

  const server = createServer((req, res) => {
    handle(req, res, { attest, publicJwk, privateKey }).catch((error) => {
      if (!res.headersSent) send(res, 500, { error: 'internal_error', message: String(error) });
      else res.destroy();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    publicJwk,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** @param {import('jose').JWK | CryptoKey | undefined} key */
async function loadKeys(key) {
  /** @type {import('jose').JWK} */
  let privateJwk;
  if (key === undefined) privateJwk = await exportJWK((await generateKeyPair('ES256', { extractable: true })).privateKey);
  else if ('kty' in key) privateJwk = key;
  else privateJwk = await exportJWK(key);
  if (privateJwk.kty !== 'EC' || privateJwk.crv !== 'P-256' || !privateJwk.d) throw new TypeError('signingKey must be an ES256 (P-256) private key');
  const { d: _d, key_ops: _ops, ext: _ext, ...pub } = privateJwk;
  const publicJwk = { ...pub, alg: 'ES256', use: 'sig', kid: await calculateJwkThumbprint(pub) };
  return { privateKey: await importJWK(privateJwk, 'ES256'), publicJwk };
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, accept, x-fault, x-fault-delay, x-fault-status',
  'access-control-allow-methods': 'GET, OPTIONS',
};

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...CORS, ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** The fault switches of a request (query wins over headers). */
function faultsOf(req, url) {
  const header = (name) => {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const delay = Number(url.searchParams.get('delay') ?? header('x-fault-delay') ?? 0);
  const status = Number(url.searchParams.get('status') ?? header('x-fault-status') ?? 0);
  const kind = url.searchParams.get('fault') ?? header('x-fault') ?? '';
  return {
    delay: Number.isFinite(delay) ? Math.min(Math.max(delay, 0), MAX_DELAY_MS) : 0,
    status: status >= 400 && status <= 599 ? status : 0,
    malformed: kind === 'malformed',
    wrongTypes: kind === 'wrong-types',
  };
}

/** Waits, unless the client goes away first. */
function wait(ms, res) {
  return new Promise((resolve) => {
    if (ms <= 0) return resolve(true);
    const timer = setTimeout(() => resolve(true), ms);
    res.once('close', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
}

/** Swaps every scalar for one of another JSON type, keeping the structure (the "wrong types" fault). */
function wrongTypes(value) {
  if (typeof value === 'string') return /^\d+$/.test(value) ? Number(value) : value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map(wrongTypes);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrongTypes(v)]));
  return value;
}

/** Trims data to the requested claims (`/name` pointers; only top-level members are addressable here). */
function pick(data, claimsParam) {
  if (!claimsParam) return data;
  const wanted = new Set(claimsParam.split(',').map((c) => c.trim().replace(/^\//, '').split('/')[0]).filter(Boolean));
  return Object.fromEntries(Object.entries(data).filter(([k]) => wanted.has(k)));
}

function bearer(req) {
  return /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
}

const CITIZEN_ROUTE = /^\/citizens\/(\d{12})\/([a-z]+)$/;

/** The OIDC userinfo claims (standard + vn_*) of a citizen. */
function userinfoOf(pid) {
  const c = CITIZENS[pid];
  const i = c.identity;
  const parts = i.fullName.split(' ');
  const home = c.residence.permanentResidence;
  return {
    sub: c.account.sub,
    name: i.fullName,
    family_name: parts[0],
    ...(parts.length > 2 ? { middle_name: parts.slice(1, -1).join(' ') } : {}),
    given_name: parts.at(-1),
    // OIDC Core §5.1: YYYY-MM-DD, or YYYY alone when only the year is known.
    birthdate: /^\d{4}-\d{2}$/.test(i.dateOfBirth) ? i.dateOfBirth.slice(0, 4) : i.dateOfBirth,
    gender: i.sex,
    ...(c.account.phone ? { phone_number: c.account.phone, phone_number_verified: true } : {}),
    ...(c.account.email ? { email: c.account.email, email_verified: false } : {}),
    address: { street_address: home.street, locality: home.communeCode, region: home.provinceCode, country: 'VN' },
    vn_pid: i.pid,
    vn_assurance_level: c.account.assuranceLevel,
    ...(i.idCard ? { vn_id_card: { number: i.idCard.number, issued_on: i.idCard.issuedOn, expires_on: i.idCard.expiresOn, issuer: i.idCard.issuer } } : {}),
    vn_nationality: i.nationality,
    vn_ethnicity: i.ethnicity,
  };
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ attest: (source: string, subject: string, data: Record<string, unknown>) => Promise<string | undefined>, publicJwk: import('jose').JWK, privateKey: CryptoKey | Uint8Array }} ctx
 */
async function handle(req, res, ctx) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'OPTIONS') return send(res, 204, '');
  if (req.method !== 'GET') return send(res, 405, { error: 'method_not_allowed' }, { allow: 'GET, OPTIONS' });

  if (url.pathname === '/') {
    return send(res, 200, { service: 'tokhai reference population service (synthetic data only)', routes: ['/citizens/:pid/{' + GROUPS.join(',') + '}', '/userinfo', '/.well-known/jwks.json'] });
  }
  if (url.pathname === '/.well-known/jwks.json') return send(res, 200, { keys: [ctx.publicJwk] });

  const faults = faultsOf(req, url);
  if (!(await wait(faults.delay, res))) return; // the client gave up (timeout or abort)
  if (faults.status) return send(res, faults.status, { error: 'injected_fault', status: faults.status });

  if (url.pathname === '/userinfo') {
    const pid = DEMO_ACCESS_TOKENS[bearer(req) ?? ''];
    if (!pid) return send(res, 401, { error: 'invalid_token' }, { 'www-authenticate': 'Bearer error="invalid_token"' });
    const claims = userinfoOf(pid);
    if (faults.malformed) return send(res, 200, JSON.stringify(claims).slice(0, 25));
    const body = faults.wrongTypes ? wrongTypes(claims) : claims;
    // OIDC Core §5.3.2: a signed userinfo response when the client asks for application/jwt.
    if ((req.headers.accept ?? '').includes('application/jwt')) {
      const jwt = await new SignJWT(body).setProtectedHeader({ alg: 'ES256', kid: ctx.publicJwk.kid, typ: 'JWT' }).setIssuer('urn:tokhai:example:population-service').setAudience('tokhai-demo-portal').setIssuedAt().setExpirationTime('10m').sign(ctx.privateKey);
      res.writeHead(200, { 'content-type': 'application/jwt', 'cache-control': 'no-store', ...CORS });
      return res.end(jwt);
    }
    return send(res, 200, body);
  }

  const match = CITIZEN_ROUTE.exec(url.pathname);
  if (!match) return send(res, 404, { error: 'not_found' });
  if (bearer(req) !== DEMO_SERVICE_TOKEN) return send(res, 401, { error: 'unauthorized' }, { 'www-authenticate': 'Bearer' });
  const [, pid, group] = match;
  const citizen = CITIZENS[pid];
  if (!citizen || !GROUPS.includes(group)) return send(res, 404, { error: 'not_found' });
  const groupData = group === 'household' ? { household: citizen.household } : citizen[group];
  const data = pick(faults.wrongTypes ? wrongTypes(groupData) : groupData, url.searchParams.get('claims'));
  if (faults.malformed) return send(res, 200, JSON.stringify({ data }).slice(0, 30));
  const attestation = await ctx.attest(GROUP_SOURCE[group], pid, data);
  return send(res, 200, { data, ...(attestation ? { attestation } : {}), fetchedAt: new Date().toISOString() });
}
