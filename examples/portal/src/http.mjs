// SPDX-License-Identifier: MIT
// Small HTTP helpers the portal needs and Fastify leaves to plugins: security headers, cookies, static files.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

/**
 * The Content Security Policy of every page. No inline script or style, no eval (the <tk-form> bundle and the
 * precompiled validators need neither), every fetch same-origin: the provider endpoints are proxied by the portal.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every response. */
export const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

/** Escapes text for HTML element content and double-quoted attribute values. */
export const escapeHtml = (value) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** A tagged template that escapes every interpolation unless it is already `safe(…)` HTML. */
export function html(strings, ...values) {
  let out = strings[0];
  values.forEach((v, i) => {
    out += renderValue(v) + strings[i + 1];
  });
  return safe(out);
}
const SAFE = Symbol('safe-html');
/** Marks a string as HTML that was built by `html` (never wrap user or definition text in this). */
export const safe = (s) => ({ [SAFE]: true, toString: () => s });
const renderValue = (v) => {
  if (Array.isArray(v)) return v.map(renderValue).join('');
  if (v && v[SAFE]) return v.toString();
  if (v === false || v === null || v === undefined) return '';
  return escapeHtml(v);
};

/** Parses a Cookie header into a name → value map (first occurrence wins). */
export function parseCookies(header) {
  const out = {};
  for (const part of String(header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const name = part.slice(0, i).trim();
    if (name && !(name in out)) {
      try {
        out[name] = decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        out[name] = part.slice(i + 1).trim();
      }
    }
  }
  return out;
}

/**
 * Sends a file from `root` if `relative` names one inside it (no `..`, no absolute paths, no dotfiles).
 * Returns false when there is no such file, so the caller can answer 404.
 */
export async function sendFile(reply, root, relative, { maxAge = 0 } = {}) {
  if (typeof relative !== 'string' || relative.split('/').some((seg) => seg === '' || seg.startsWith('.'))) return false;
  const base = resolve(root);
  const path = resolve(join(base, relative));
  if (!path.startsWith(base + sep)) return false;
  const type = TYPES[extname(path)];
  if (!type) return false;
  try {
    if (!(await stat(path)).isFile()) return false;
  } catch {
    return false;
  }
  const body = await readFile(path);
  reply.header('content-type', type).header('cache-control', maxAge ? `public, max-age=${maxAge}` : 'no-cache');
  reply.send(body);
  return true;
}
