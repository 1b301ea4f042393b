// SPDX-License-Identifier: MIT
// The portal's data providers, as @tokhai/prefill adapters over the portal's same-origin proxy (/api/providers/…).
// One factory for the page (which passes the adapters exported by /static/tokhai.bundle.js) and for the Node tests
// (which pass @tokhai/prefill's), so both exercise the same wiring. The proxy answers for the signed-in citizen
// only; the browser never names a subject.

const text = (vi, en) => ({ vi, en });

/** What each endpoint group of the population service supplies, by provider id (team vocabulary). */
const GROUPS = {
  population: {
    label: text('Cơ sở dữ liệu quốc gia về dân cư', 'National population database'),
    purpose: text(
      'Điền sẵn thông tin nhân thân, nơi cư trú và hộ gia đình của bạn từ Cơ sở dữ liệu quốc gia về dân cư, để bạn không phải khai lại.',
      'Fill in your identity, residence and household details from the national population database, so you do not have to declare them again.',
    ),
    parts: {
      identity: ['/pid', '/fullName', '/dateOfBirth', '/sex', '/ethnicity', '/religion', '/nationality', '/hometown', '/birthRegistrationPlace', '/father', '/mother', '/spouse', '/maritalStatus', '/oldIdNumber'],
      residence: ['/permanentResidence', '/temporaryResidence', '/currentResidence'],
      household: ['/household'],
    },
  },
  health: {
    label: text('Cơ sở dữ liệu y tế', 'Health database'),
    purpose: text('Điền sẵn giấy khám sức khỏe còn hiệu lực của bạn.', 'Fill in your valid health certificates.'),
    parts: { health: ['/healthCertificates'] },
  },
  insurance: {
    label: text('Bảo hiểm xã hội Việt Nam', 'Viet Nam Social Security'),
    purpose: text('Điền sẵn mã số bảo hiểm xã hội và thẻ bảo hiểm y tế của bạn.', 'Fill in your social insurance number and health insurance card.'),
    parts: { insurance: ['/socialInsuranceCode', '/healthInsuranceCard'] },
  },
  licences: {
    label: text('Cơ sở dữ liệu giấy phép lái xe', 'Driving licence database'),
    purpose: text('Điền sẵn thông tin giấy phép lái xe của bạn.', 'Fill in your driving licence details.'),
    parts: { licences: ['/drivingLicences'] },
  },
};

/**
 * Builds the providers.
 * @param {{ httpJsonProvider: Function, oidcClaimsProvider: Function, combineProviders: Function }} prefill the adapters
 * @param {{ baseUrl?: string, headers?: () => Record<string, string>, fetch?: typeof fetch }} [options]
 *   `baseUrl` '' in the page (same origin); the tests give the portal URL and the session cookie in `headers`.
 */
export function portalProviders(prefill, options = {}) {
  const base = options.baseUrl ?? '';
  const headers = options.headers ?? (() => ({}));
  const doFetch = options.fetch ?? ((...args) => globalThis.fetch(...args));
  const http = (id, group, claims) =>
    prefill.httpJsonProvider({
      id: `${id}:${group}`,
      label: GROUPS[id].label,
      purpose: GROUPS[id].purpose,
      claims,
      url: `${base}/api/providers/population/${group}`,
      headers,
      fetch: doFetch,
      dataPointer: '/data',
      attestationPointer: '/attestation',
      claimsParam: 'claims',
    });
  const sources = Object.entries(GROUPS).map(([id, g]) => {
    const parts = Object.entries(g.parts).map(([group, claims]) => http(id, group, claims));
    return prefill.combineProviders({ id, label: g.label, purpose: g.purpose }, parts);
  });
  // The e-ID: its signed userinfo is both the claims and their attestation (the server verifies locked values).
  const vneid = prefill.oidcClaimsProvider({
    idToken: async () => {
      const response = await doFetch(`${base}/api/providers/vneid/id-token`, { headers: { accept: 'application/jwt', ...headers() } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    },
    attest: true,
  });
  return [vneid, ...sources];
}
