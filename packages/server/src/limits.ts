// SPDX-License-Identifier: MIT
// Size limits and I-JSON checks (RFC 7493), enforced before anything else looks at untrusted input. One iterative
// walk: no recursion (hostile nesting cannot overflow the stack) and it stops at the first problem, so a value
// that shares sub-objects many times (only possible from a JS caller) cannot make it walk for long either.
import { toPointer } from './json-pointer.js';

/** Bounds on an untrusted submission. Every check stops at the first value that crosses one. */
export interface SizeLimits {
  /** The largest body, in bytes of UTF-8 JSON text. Default 524,288 (512 KiB). */
  maxBytes: number;
  /** The deepest nesting of objects and arrays; the submission object itself is level 1. Default 32. */
  maxDepth: number;
  /** The longest string (value or property name), in UTF-16 code units like JSON Schema's `maxLength`. Default 10,000. */
  maxStringLength: number;
  /**
   * The most JSON values (objects, arrays, strings, numbers, booleans, nulls; the submission itself counts) in one
   * submission. Default 10,000: a real submission holds a few hundred, while every value can cost the validator and
   * the error list work of its own, so a body of small values (`[{},{},…]`, 170,000 of them in 512 KiB) is refused
   * before any of that work, as `body-too-large`.
   */
  maxValues: number;
}

/** The limits `verifySubmission` applies when the caller gives none. */
export const DEFAULT_LIMITS: Readonly<SizeLimits> = Object.freeze({
  maxBytes: 512 * 1024,
  maxDepth: 32,
  maxStringLength: 10_000,
  maxValues: 10_000,
});

/** Which limit or I-JSON rule a value breaks. */
export type LimitProblemKind = 'body-too-large' | 'too-deep' | 'string-too-long' | 'not-i-json';

/** The first problem found, located by a JSON Pointer into the checked value. */
export interface LimitProblem {
  kind: LimitProblemKind;
  pointer: string;
  /** The limit crossed (`not-i-json`: what was found instead). */
  detail: string;
}

/** Merges caller limits over the defaults, ignoring anything that is not a positive integer. */
export function resolveLimits(limits: Partial<SizeLimits> | undefined): SizeLimits {
  const pick = (k: keyof SizeLimits) => {
    const v = limits?.[k];
    return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : DEFAULT_LIMITS[k];
  };
  return { maxBytes: pick('maxBytes'), maxDepth: pick('maxDepth'), maxStringLength: pick('maxStringLength'), maxValues: pick('maxValues') };
}

/**
 * UTF-8 length of a string as JSON text (without the quotes and escapes), or -1 when it holds a lone surrogate,
 * which has no UTF-8 form and which RFC 8785 canonicalization must reject.
 */
export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return -1;
      bytes += 4;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return -1;
    else bytes += 3;
  }
  return bytes;
}

interface Frame {
  value: unknown;
  depth: number;
  parent: Frame | undefined;
  key: string | number | undefined;
}

const pointerOf = (frame: Frame): string => {
  const tokens: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f && f.key !== undefined; f = f.parent) tokens.unshift(f.key);
  return toPointer(tokens);
};

const isPlainObject = (v: object): boolean => {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * Checks that `value` is I-JSON (plain objects and arrays, finite numbers, well-formed strings) within `limits`.
 * Returns the first problem, or `undefined`. Never throws, whatever the input (cycles hit `maxDepth`).
 */
export function checkJsonValue(value: unknown, limits: SizeLimits): LimitProblem | undefined {
  try {
    return walk(value, limits);
  } catch {
    // Only a JS caller can get here (a Proxy or a throwing getter); parsed JSON cannot. Still data, not a throw.
    return { kind: 'not-i-json', pointer: '', detail: 'a value that cannot be read as JSON' };
  }
}

function walk(value: unknown, limits: SizeLimits): LimitProblem | undefined {
  let bytes = 0;
  let values = 0;
  const stack: Frame[] = [{ value, depth: 0, parent: undefined, key: undefined }];
  const problem = (kind: LimitProblemKind, frame: Frame, detail: string): LimitProblem => ({
    kind,
    pointer: pointerOf(frame),
    detail,
  });
  const string = (s: string, frame: Frame): LimitProblem | undefined => {
    if (s.length > limits.maxStringLength) return problem('string-too-long', frame, `maxStringLength ${limits.maxStringLength}`);
    const n = utf8Length(s);
    if (n < 0) return problem('not-i-json', frame, 'a lone UTF-16 surrogate');
    bytes += n + 2;
    return undefined;
  };

  while (stack.length) {
    const frame = stack.pop()!;
    const v = frame.value;
    if (++values > limits.maxValues) return problem('body-too-large', frame, `maxValues ${limits.maxValues}`);
    let found: LimitProblem | undefined;
    switch (typeof v) {
      case 'string':
        found = string(v, frame);
        break;
      case 'number':
        if (!Number.isFinite(v)) found = problem('not-i-json', frame, String(v));
        else bytes += String(v).length;
        break;
      case 'boolean':
        bytes += v ? 4 : 5;
        break;
      case 'object':
        if (v === null) {
          bytes += 4;
          break;
        }
        if (frame.depth + 1 > limits.maxDepth) {
          found = problem('too-deep', frame, `maxDepth ${limits.maxDepth}`);
          break;
        }
        if (Array.isArray(v)) {
          bytes += 2 + Math.max(0, v.length - 1);
          for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], depth: frame.depth + 1, parent: frame, key: i });
        } else if (isPlainObject(v)) {
          // An `undefined` member is absent, as in JSON.stringify (only JS callers can produce one).
          const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
          bytes += 2 + Math.max(0, keys.length - 1) + keys.length; // braces, commas, colons
          for (let i = keys.length - 1; i >= 0; i--) {
            const child: Frame = { value: (v as Record<string, unknown>)[keys[i]], depth: frame.depth + 1, parent: frame, key: keys[i] };
            found = string(keys[i], child);
            if (found) break;
            stack.push(child);
          }
        } else found = problem('not-i-json', frame, 'an object that is not a plain JSON object');
        break;
      default:
        // undefined, function, symbol, bigint: not JSON.
        found = problem('not-i-json', frame, typeof v);
    }
    if (found) return found;
    if (bytes > limits.maxBytes) return problem('body-too-large', frame, `maxBytes ${limits.maxBytes}`);
  }
  return undefined;
}
