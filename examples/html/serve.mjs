// SPDX-License-Identifier: MIT
/**
 * The static server of the plain-HTML example: the pages of this folder, the `<tk-form>` bundle
 * (`packages/elements/dist`) and the built catalog (`forms/dist`), on 127.0.0.1, every response under one strict
 * Content Security Policy. It stands in for whatever serves a portal's static files; what matters is the header.
 *
 * ```sh
 * npm run build                      # packages/elements/dist/tokhai.bundle.js and forms/dist
 * node examples/html/serve.mjs       # prints http://127.0.0.1:<port>/ (PORT=8080 to choose)
 * ```
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = resolve(fileURLToPath(new URL('.', import.meta.url)));
const REPO = resolve(HERE, '../..');

/** Where the build outputs are, by default. */
export const PATHS = {
  page: HERE,
  bundle: resolve(REPO, 'packages/elements/dist'),
  forms: resolve(REPO, 'forms/dist'),
};

/**
 * The Content Security Policy of every response. Scripts only from this origin, and no 'unsafe-eval': the bundle,
 * the precompiled validators and core's default interpreter engine never evaluate code. Styles only from this
 * origin, without 'unsafe-inline': Lit gives its styles to the shadow root as constructable stylesheets
 * (`adoptedStyleSheets`), which `style-src` does not govern, and tokhai sets no `style` attribute; the CSP test
 * (csp.node.test.mjs) proves both with zero violations. Everything else falls back to 'self' or is off.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every response. */
const HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * URL prefix → folder and the file types served from it, most specific first. Only these types are served, so
 * this folder's `serve.mjs`, tests, `package.json` and README stay private.
 * @param {{ page: string, bundle: string, forms: string }} paths
 */
const routes = (paths) => [
  { prefix: '/tokhai/', dir: resolve(paths.bundle), types: ['.js', '.map'] },
  { prefix: '/forms/', dir: resolve(paths.forms), types: ['.json', '.js'] },
  { prefix: '/runtime/', dir: resolve(paths.page, 'runtime'), types: ['.json'] },
  { prefix: '/', dir: resolve(paths.page), types: ['.html', '.js', '.css'] },
];

/** The file a URL path names, or undefined when no route serves it (unknown type, or outside the folder). */
function fileFor(table, pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  } catch {
    return undefined;
  }
  const route = table.find((r) => path.startsWith(r.prefix));
  if (!route || !route.types.includes(extname(path)) || path.split('/').some((s) => s.startsWith('.'))) return undefined;
  const file = resolve(route.dir, '.' + path.slice(route.prefix.length - 1));
  return file.startsWith(route.dir + sep) ? file : undefined;
}

/** Reads a regular file, or undefined. */
async function readRegular(file) {
  try {
    return (await stat(file)).isFile() ? await readFile(file) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts the server. Resolves when it listens; `close()` stops it.
 * @param {{ port?: number, host?: string, paths?: Partial<typeof PATHS> }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
  const table = routes({ ...PATHS, ...options.paths });
  const server = createServer(async (request, response) => {
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      response.writeHead(status, { ...HEADERS, 'content-type': type });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed\n');
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    // Browsers ask for it unprompted; "nothing" keeps the console free of a 404.
    if (pathname === '/favicon.ico') return send(204, '');
    const file = fileFor(table, pathname);
    const body = file && (await readRegular(file));
    if (!body) return send(404, 'Not found\n');
    send(200, body, TYPES[extname(file)]);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, ready);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

// Run directly: serve until Ctrl+C.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startServer({ port: Number(process.env.PORT ?? 0) });
  console.log(`tokhai plain-HTML example: ${server.url}/  (runtime definition: ${server.url}/runtime.html)`);
  process.once('SIGINT', () => void server.close().then(() => process.exit(0)));
}
