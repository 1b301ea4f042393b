// SPDX-License-Identifier: MIT
/**
 * The citizen-data providers tokhai documents, and the shape of each one's claims: what `definitionWarnings` checks a
 * prefill binding's `source` and `claim` against. The documentation of record is `@tokhai/prefill`'s README
 * ("Claims"), which the team vocabulary follows; `known-providers.test.ts` parses its tables and fails when this
 * catalogue and the README disagree. Core cannot import the prefill package (it sits below it), hence the copy.
 *
 * A portal may register providers of its own, so an unknown id or claim is a warning, never an error.
 */

/**
 * The shape of a claim: `null` for a single value (text, number, date…), an object for a claim with members, a
 * one-element array for a list of items of that shape (a binding names an item by its index: `/drivingLicences/0`).
 */
export type ClaimShape = null | { readonly [member: string]: ClaimShape } | readonly [ClaimShape];

/** `{street, communeCode, provinceCode, unitsVersion}`: a residence. */
const RESIDENCE = { street: null, communeCode: null, provinceCode: null, unitsVersion: null } as const;
/** `{communeCode, provinceCode, text, unitsVersion?}`: a place on (often old) records. */
const PLACE = { communeCode: null, provinceCode: null, text: null, unitsVersion: null } as const;
/** `{fullName, pid, yearOfBirth, nationality}`: a relative on the citizen's record. */
const RELATIVE = { fullName: null, pid: null, yearOfBirth: null, nationality: null } as const;

/** Provider id → the shape of its claims object. */
export const KNOWN_PROVIDER_CLAIMS: { readonly [source: string]: { readonly [claim: string]: ClaimShape } } = {
  /** The e-ID sign-in: standard OIDC claims (OpenID Connect Core 1.0 §5.1) and tokhai's `vn_*` extension claims. */
  vneid: {
    sub: null,
    name: null,
    family_name: null,
    middle_name: null,
    given_name: null,
    birthdate: null,
    gender: null,
    phone_number: null,
    email: null,
    address: { formatted: null, street_address: null, locality: null, region: null, postal_code: null, country: null },
    vn_pid: null,
    vn_assurance_level: null,
    vn_id_card: { number: null, issued_on: null, expires_on: null, issuer: null },
    vn_nationality: null,
    vn_ethnicity: null,
  },
  /** The national population database (CSDLQG). */
  population: {
    pid: null,
    fullName: null,
    dateOfBirth: null,
    sex: null,
    ethnicity: null,
    religion: null,
    nationality: null,
    hometown: PLACE,
    birthRegistrationPlace: PLACE,
    permanentResidence: RESIDENCE,
    temporaryResidence: RESIDENCE,
    currentResidence: RESIDENCE,
    household: {
      headName: null,
      headPid: null,
      relationshipToHead: null,
      members: [{ fullName: null, dateOfBirth: null, sex: null, pid: null, relationshipToHead: null }],
    },
    father: RELATIVE,
    mother: RELATIVE,
    spouse: RELATIVE,
    maritalStatus: null,
    oldIdNumber: null,
    idCard: { number: null, issuedOn: null, expiresOn: null, issuer: null },
  },
  /** Health services. */
  health: {
    healthCertificates: [{ code: null, issuedOn: null, validUntil: null, facility: null, licenceClasses: null }],
  },
  /** Vietnam Social Security. */
  insurance: {
    socialInsuranceCode: null,
    healthInsuranceCard: { number: null, validFrom: null, validTo: null, facilityCode: null, facilityName: null },
  },
  /** Driving licences. */
  licences: {
    drivingLicences: [{ number: null, class: null, issuedOn: null, expiresOn: null, issuer: null }],
  },
};

/** The known provider ids, in the order the docs list them. */
export const KNOWN_PROVIDER_IDS: readonly string[] = Object.keys(KNOWN_PROVIDER_CLAIMS);

/** Why a claim pointer names nothing a provider documents, and the documented claim it probably meant. */
export interface ClaimMiss {
  /**
   * `unknown`: a member the provider does not document; `index`: a list named without an item index
   * (`/drivingLicences/class`); `leaf`: a member of a single value (`/name/first`).
   */
  kind: 'unknown' | 'index' | 'leaf';
  /** The pointer up to the first token that fails (`leaf`: the single value's pointer). */
  at: string;
  /** The claim with every slip corrected (a close member name, a missing `/0`), when all can be. */
  suggestion?: string;
}

const escape = (t: string): string => t.replace(/~/g, '~0').replace(/\//g, '~1');
const pointerOf = (tokens: readonly string[]): string => tokens.map((t) => '/' + escape(t)).join('');
const isIndex = (t: string): boolean => /^(0|[1-9]\d{0,8})$/.test(t);

/**
 * Checks claim pointer tokens against a provider's claims object: `undefined` when they name a documented claim
 * (or a part of one: a whole object, a list, one item of a list), else the first miss. `closest` proposes the
 * member a misspelt token meant; the walk goes on with it, so that the suggestion is a whole documented claim.
 */
export const missingClaim = (
  claims: { readonly [claim: string]: ClaimShape },
  tokens: readonly string[],
  closest: (name: string, candidates: readonly string[]) => string | undefined,
): ClaimMiss | undefined => {
  let shape: ClaimShape = claims;
  let miss: Omit<ClaimMiss, 'suggestion'> | undefined;
  let correctable = true;
  const corrected: string[] = [];
  for (let i = 0; i < tokens.length && correctable; i++) {
    const t = tokens[i];
    if (shape === null) {
      miss ??= { kind: 'leaf', at: pointerOf(tokens.slice(0, i)) };
      correctable = false;
    } else if (Array.isArray(shape)) {
      const item: ClaimShape = (shape as readonly [ClaimShape])[0];
      if (!isIndex(t)) {
        miss ??= { kind: 'index', at: pointerOf(tokens.slice(0, i)) };
        corrected.push('0');
        i--; // the same token again, now against the item's shape
      } else corrected.push(t);
      shape = item;
    } else {
      const members = shape as { readonly [member: string]: ClaimShape };
      const name = Object.hasOwn(members, t) ? t : closest(t, Object.keys(members));
      if (name !== t) miss ??= { kind: 'unknown', at: pointerOf(tokens.slice(0, i + 1)) };
      if (name === undefined) correctable = false;
      else {
        corrected.push(name);
        shape = members[name];
      }
    }
  }
  if (!miss) return undefined;
  return correctable ? { ...miss, suggestion: pointerOf(corrected) } : miss;
};
