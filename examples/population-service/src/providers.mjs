// SPDX-License-Identifier: MIT
/**
 * tokhai providers for the reference population service, built from `@tokhai/prefill`'s adapters exactly as a
 * portal would configure them for its own back office: `vneid` (OIDC userinfo), `population` (identity, residence
 * and household endpoints combined under one consent), `health`, `insurance` and `licences`.
 */
import { combineProviders, httpJsonProvider, oidcClaimsProvider, ProviderError, userinfoEndpoint } from '@tokhai/prefill';
import { DEMO_SERVICE_TOKEN } from './fixtures.mjs';

/** Claims each endpoint group supplies (pointers into the group's `data`). */
export const GROUP_CLAIMS = {
  identity: ['/pid', '/fullName', '/dateOfBirth', '/sex', '/ethnicity', '/religion', '/nationality', '/hometown', '/birthRegistrationPlace', '/father', '/mother', '/spouse', '/maritalStatus', '/oldIdNumber', '/idCard'],
  residence: ['/permanentResidence', '/temporaryResidence', '/currentResidence'],
  household: ['/household'],
  health: ['/healthCertificates'],
  insurance: ['/socialInsuranceCode', '/healthInsuranceCard'],
  licences: ['/drivingLicences'],
};

/** What the consent panel shows for each source. */
export const SOURCE_TEXTS = {
  population: {
    label: { vi: 'Cơ sở dữ liệu quốc gia về dân cư', en: 'National population database' },
    purpose: {
      vi: 'Điền sẵn thông tin nhân thân, nơi cư trú và hộ gia đình của bạn vào tờ khai, để bạn không phải nhập lại dữ liệu Nhà nước đã có.',
      en: 'Fill in your identity, residence and household details, so you do not re-enter data the state already holds.',
    },
  },
  health: {
    label: { vi: 'Hệ thống giấy khám sức khỏe điện tử', en: 'Electronic health certificates' },
    purpose: { vi: 'Đính kèm giấy khám sức khỏe còn hiệu lực của bạn vào hồ sơ đổi giấy phép lái xe.', en: 'Attach your valid health certificate to the driving-licence renewal.' },
  },
  insurance: {
    label: { vi: 'Cơ sở dữ liệu bảo hiểm xã hội, bảo hiểm y tế', en: 'Social and health insurance database' },
    purpose: { vi: 'Điền mã số bảo hiểm xã hội và thông tin thẻ bảo hiểm y tế của bạn.', en: 'Fill in your social insurance code and health insurance card details.' },
  },
  licences: {
    label: { vi: 'Cơ sở dữ liệu giấy phép lái xe', en: 'Driving licence database' },
    purpose: { vi: 'Điền thông tin giấy phép lái xe hiện có của bạn.', en: 'Fill in the details of your current driving licence.' },
  },
};

/**
 * @typedef {object} PopulationProvidersOptions
 * @property {string} url Base URL of the service.
 * @property {string} [accessToken] The signed-in citizen's OIDC access token (adds the `vneid` provider).
 * @property {string} [serviceToken] Back-office bearer token for /citizens/*. Default: the demo token.
 * @property {Partial<Record<'identity'|'residence'|'household'|'health'|'insurance'|'licences'|'userinfo', string>>} [query]
 *   Extra query string per endpoint (fault injection in tests, e.g. `{ household: 'delay=5000' }`).
 * @property {number} [partTimeoutMs] Time limit of each population endpoint inside the combined source.
 * @property {1 | 2} [minimumAssuranceLevel] Passed to the e-ID provider (default 2).
 * @property {import('jose').JWK} [userinfoKey] When given, userinfo is fetched signed (`Accept: application/jwt`),
 *   verified with this key, and passed on as the attestation of the e-ID claims.
 */

/**
 * The providers for a portal talking to the reference service.
 * @param {PopulationProvidersOptions} options
 * @returns {import('@tokhai/prefill').CitizenDataProvider[]}
 */
export function populationServiceProviders(options) {
  const q = (name) => (options.query?.[name] ? `&${options.query[name]}` : '');
  const headers = () => ({ authorization: `Bearer ${options.serviceToken ?? DEMO_SERVICE_TOKEN}` });
  /** @param {string} id @param {keyof typeof GROUP_CLAIMS} group */
  const endpoint = (id, group) =>
    httpJsonProvider({
      id,
      ...(SOURCE_TEXTS[id] ?? SOURCE_TEXTS.population),
      url: (request) => `${options.url}/citizens/${encodeURIComponent(request.subject ?? '')}/${group}?v=1${q(group)}`,
      headers,
      claims: GROUP_CLAIMS[group],
      claimsParam: 'claims',
      dataPointer: '/data',
      attestationPointer: '/attestation',
      responseSchema: { type: 'object', required: ['data'], properties: { data: { type: 'object' }, attestation: { type: 'string' } } },
    });
  const population = combineProviders(
    { id: 'population', ...SOURCE_TEXTS.population, ...(options.partTimeoutMs ? { partTimeoutMs: options.partTimeoutMs } : {}) },
    [endpoint('population-identity', 'identity'), endpoint('population-residence', 'residence'), endpoint('population-household', 'household')],
  );
  const providers = [population, endpoint('health', 'health'), endpoint('insurance', 'insurance'), endpoint('licences', 'licences')];
  if (options.accessToken) {
    const userinfoUrl = `${options.url}/userinfo${options.query?.userinfo ? `?${options.query.userinfo}` : ''}`;
    const level = options.minimumAssuranceLevel ? { minimumAssuranceLevel: options.minimumAssuranceLevel } : {};
    providers.unshift(
      options.userinfoKey
        ? oidcClaimsProvider({ idToken: () => signedUserinfo(userinfoUrl, options.accessToken), key: options.userinfoKey, audience: 'tokhai-demo-portal', attest: true, ...level })
        : oidcClaimsProvider({ userinfo: userinfoEndpoint(userinfoUrl, options.accessToken), ...level }),
    );
  }
  return providers;
}

/** Fetches the signed userinfo JWT (OIDC Core §5.3.2). */
async function signedUserinfo(url, accessToken) {
  const response = await fetch(url, { headers: { authorization: `Bearer ${accessToken}`, accept: 'application/jwt' } });
  if (!response.ok) throw new ProviderError('http', `userinfo answered HTTP ${response.status}`, { status: response.status });
  return response.text();
}
