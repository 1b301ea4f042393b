// SPDX-License-Identifier: MIT
/* global AbortSignal */
// The mock data providers behind the portal: the reference population service (examples/population-service),
// started in-process. The browser never talks to it: the portal proxies the few routes a page needs under
// /api/providers/, same-origin (so `connect-src 'self'` holds) and always for the signed-in citizen only (the
// browser cannot ask for anyone else's record).
import { startPopulationService } from '../../population-service/src/server.mjs';
import { CITIZENS, DEMO_ACCESS_TOKENS, DEMO_SERVICE_TOKEN } from '../../population-service/src/fixtures.mjs';

/** Provider ids (team vocabulary) whose attestations the population service signs, all with its one key. */
export const ATTESTING_SOURCES = ['vneid', 'population', 'health', 'insurance', 'licences'];

/** The endpoint groups a page may read through the proxy. */
export const GROUPS = ['identity', 'residence', 'household', 'health', 'insurance', 'licences'];

/** Display names of the sources, for receipts. */
export const SOURCE_NAMES = {
  vi: {
    vneid: 'VNeID',
    population: 'Cơ sở dữ liệu quốc gia về dân cư',
    health: 'Cơ sở dữ liệu y tế',
    insurance: 'Bảo hiểm xã hội Việt Nam',
    licences: 'Cơ sở dữ liệu giấy phép lái xe',
  },
  en: {
    vneid: 'VNeID',
    population: 'National population database',
    health: 'Health database',
    insurance: 'Viet Nam Social Security',
    licences: 'Driving licence database',
  },
};

/** Starts the service and returns what the portal needs from it. */
export async function startProviders() {
  const service = await startPopulationService({ port: 0, host: '127.0.0.1' });
  const citizens = Object.entries(DEMO_ACCESS_TOKENS).map(([accessToken, pid]) => {
    const c = CITIZENS[pid];
    return {
      id: pid,
      pid,
      sub: c.account.sub,
      name: c.identity.fullName,
      assuranceLevel: c.account.assuranceLevel,
      description: `ĐDCN ${pid} · ${c.identity.dateOfBirth}`,
      accessToken,
    };
  });
  const get = async (path, headers) => {
    const response = await fetch(service.url + path, { headers, signal: AbortSignal.timeout(5000) });
    return { status: response.status, type: response.headers.get('content-type') ?? 'application/json', body: await response.text() };
  };
  return {
    url: service.url,
    citizens,
    citizen: (id) => citizens.find((c) => c.id === id),
    /** Verification keys of every attesting source (the service signs all of them with one ES256 key). */
    keys: Object.fromEntries(ATTESTING_SOURCES.map((s) => [s, service.publicJwk])),
    /** The e-ID userinfo of a session, as JSON or as the signed JWT (the attestation of the e-ID claims). */
    userinfo: (citizen, signed) =>
      get('/userinfo', { authorization: `Bearer ${citizen.accessToken}`, accept: signed ? 'application/jwt' : 'application/json' }),
    /** One endpoint group of the citizen's record, trimmed to `claims`. */
    record: (citizen, group, claims) =>
      get(`/citizens/${citizen.pid}/${group}${claims ? `?claims=${encodeURIComponent(claims)}` : ''}`, { authorization: `Bearer ${DEMO_SERVICE_TOKEN}` }),
    close: () => service.close(),
  };
}
