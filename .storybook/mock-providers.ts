// SPDX-License-Identifier: MIT
/**
 * In-browser citizen data providers for the stories: the same synthetic citizens as the reference population
 * service (`@tokhai/example-population-service/fixtures`, every person invented), answered from memory instead of
 * over HTTP, so stories and story tests need no server. Each provider implements `@tokhai/prefill`'s
 * `CitizenDataProvider` contract faithfully: it answers only the claims asked for (data minimisation), leaves
 * unknown claims out, honours the abort signal and can be slowed down or made to fail to show those states.
 */
import type { CitizenDataProvider, ProviderRequest, ProviderResponse } from '@tokhai/prefill';
import { ProviderError, getPointer, setPointer } from '@tokhai/prefill';
import { CITIZENS, DEMO_PIDS } from '@tokhai/example-population-service/fixtures';

/** A synthetic citizen record as the fixtures hold it. */
interface CitizenRecord {
  account: { sub: string; assuranceLevel: 1 | 2; phone?: string; email?: string };
  identity: Record<string, unknown> & {
    pid: string;
    fullName: string;
    dateOfBirth: string;
    sex: string;
    ethnicity?: string;
    nationality?: string;
    idCard?: { number: string; issuedOn: string; expiresOn: string; issuer: string };
  };
  residence: Record<string, unknown> & { permanentResidence?: { street: string; communeCode: string; provinceCode: string } };
  household?: Record<string, unknown>;
  health?: Record<string, unknown>;
  insurance?: Record<string, unknown>;
  licences?: Record<string, unknown>;
}

const citizens = CITIZENS as unknown as Record<string, CitizenRecord>;

/** The ĐDCN of the demo citizens (`thu` is a married father of a newborn, with a driving licence). */
export const PIDS = DEMO_PIDS as Record<'thu' | 'mau' | 'be' | 'gia' | 'viDu' | 'mauHai' | 'kiemThu', string>;

/** How a mock source behaves, to show the loading and failure states. */
export interface MockBehaviour {
  /** Milliseconds before answering. Default 0. */
  delayMs?: number;
  /** Sources (provider ids) that fail with an HTTP 503 instead of answering. */
  failing?: readonly string[];
}

/** The OIDC userinfo claims (standard and `vn_*`) the e-ID would release for a citizen. */
function userinfoOf(c: CitizenRecord): Record<string, unknown> {
  const i = c.identity;
  const parts = i.fullName.split(' ');
  const home = c.residence.permanentResidence;
  return {
    sub: c.account.sub,
    name: i.fullName,
    family_name: parts[0],
    ...(parts.length > 2 ? { middle_name: parts.slice(1, -1).join(' ') } : {}),
    given_name: parts.at(-1),
    birthdate: i.dateOfBirth,
    gender: i.sex,
    ...(c.account.phone ? { phone_number: c.account.phone } : {}),
    ...(c.account.email ? { email: c.account.email } : {}),
    ...(home ? { address: { street_address: home.street, locality: home.communeCode, region: home.provinceCode } } : {}),
    vn_pid: i.pid,
    vn_assurance_level: c.account.assuranceLevel,
    ...(i.idCard ? { vn_id_card: { number: i.idCard.number, issued_on: i.idCard.issuedOn, expires_on: i.idCard.expiresOn, issuer: i.idCard.issuer } } : {}),
    vn_nationality: i.nationality,
    vn_ethnicity: i.ethnicity,
  };
}

/** Each source's labels and the claims object it answers from. */
const SOURCES: ReadonlyArray<{
  id: string;
  label: CitizenDataProvider['label'];
  purpose: CitizenDataProvider['purpose'];
  claims: (c: CitizenRecord) => Record<string, unknown>;
}> = [
  {
    id: 'vneid',
    label: { vi: 'VNeID (định danh điện tử)', en: 'VNeID (electronic identity)' },
    purpose: { vi: 'Điền họ tên, số định danh và thông tin giấy tờ của người đăng nhập.', en: 'Fill in the signed-in person’s name, ID number and document details.' },
    claims: userinfoOf,
  },
  {
    id: 'population',
    label: { vi: 'Cơ sở dữ liệu quốc gia về dân cư', en: 'National population database' },
    purpose: { vi: 'Điền thông tin nhân thân, nơi cư trú và hộ gia đình.', en: 'Fill in identity, residence and household details.' },
    claims: (c) => ({ ...c.identity, ...c.residence, ...(c.household ? { household: c.household } : {}) }),
  },
  {
    id: 'health',
    label: { vi: 'Hệ thống giấy khám sức khỏe điện tử', en: 'Electronic health certificates' },
    purpose: { vi: 'Đính kèm giấy khám sức khỏe còn hiệu lực.', en: 'Attach a valid health certificate.' },
    claims: (c) => ({ ...c.health }),
  },
  {
    id: 'insurance',
    label: { vi: 'Cơ sở dữ liệu bảo hiểm xã hội, bảo hiểm y tế', en: 'Social and health insurance database' },
    purpose: { vi: 'Điền mã số bảo hiểm xã hội và thẻ bảo hiểm y tế.', en: 'Fill in the social insurance code and health insurance card.' },
    claims: (c) => ({ ...c.insurance }),
  },
  {
    id: 'licences',
    label: { vi: 'Cơ sở dữ liệu giấy phép lái xe', en: 'Driving licence database' },
    purpose: { vi: 'Điền thông tin giấy phép lái xe hiện có.', en: 'Fill in the current driving licence.' },
    claims: (c) => ({ ...c.licences }),
  },
];

/** Waits `ms`, or rejects as soon as `signal` aborts (a timeout or the citizen leaving). */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    });
  });
}

/** Copies only the requested claims (a pointer covers everything below it); absent claims stay absent. */
function pick(all: Record<string, unknown>, claims: readonly string[]): Record<string, unknown> {
  let out: Record<string, unknown> = {};
  for (const claim of claims) {
    const value = getPointer(all, claim);
    if (value !== undefined) out = setPointer(out, claim, structuredClone(value));
  }
  return out;
}

/**
 * The five providers of the team vocabulary (`vneid`, `population`, `health`, `insurance`, `licences`) for one
 * synthetic citizen. The citizen is the signed-in person: `request.subject`, when the form passes one, must match.
 */
export function mockProviders(pid: string = PIDS.thu, behaviour: MockBehaviour = {}): CitizenDataProvider[] {
  const citizen = citizens[pid];
  if (!citizen) throw new Error(`No synthetic citizen ${pid}`);
  return SOURCES.map(
    (source): CitizenDataProvider => ({
      id: source.id,
      label: source.label,
      purpose: source.purpose,
      async fetch(request: ProviderRequest): Promise<ProviderResponse> {
        await wait(behaviour.delayMs ?? 0, request.signal);
        if (behaviour.failing?.includes(source.id)) {
          throw new ProviderError('http', `${source.id}: service unavailable (mock)`, { status: 503 });
        }
        if (request.subject && request.subject !== pid) {
          throw new ProviderError('http', `${source.id}: unknown citizen (mock)`, { status: 404 });
        }
        return { claims: pick(source.claims(citizen), request.claims), fetchedAt: new Date().toISOString() };
      },
    }),
  );
}
