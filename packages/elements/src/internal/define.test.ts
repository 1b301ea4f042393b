import { afterEach, describe, expect, it, vi } from 'vitest';
import { define } from './define.js';
import { issueWarning } from './dev-mode.js';

afterEach(() => vi.restoreAllMocks());

describe('define', () => {
  it('registers a tag once and is a silent no-op for the same version', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class A extends HTMLElement {
      static version = '0.1.0';
    }
    class B extends HTMLElement {
      static version = '0.1.0';
    }
    expect(define('tk-define-test-a', A)).toBe(A);
    expect(define('tk-define-test-a', B)).toBe(A);
    expect(customElements.get('tk-define-test-a')).toBe(A);
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns (once) when another version holds the tag', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class Old extends HTMLElement {
      static version = '0.0.9';
    }
    class New extends HTMLElement {
      static version = '0.1.0';
    }
    define('tk-define-test-b', Old);
    define('tk-define-test-b', New);
    define('tk-define-test-b', New);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toContain('multiple-versions');
    expect(String(warn.mock.calls[0][0])).toContain('0.0.9');
  });
});

describe('issueWarning', () => {
  it('de-duplicates, and a code added to the global set silences it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    issueWarning('test-code-1', 'first');
    issueWarning('test-code-1', 'first');
    expect(warn).toHaveBeenCalledTimes(1);
    globalThis.tokhaiIssuedWarnings!.add('test-code-2');
    issueWarning('test-code-2', 'silenced');
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('VERSION', () => {
  it('matches package.json (define compares it across copies of tokhai)', async () => {
    const { VERSION } = await import('./version.js');
    const pkg = (await (await fetch(new URL('../../package.json', import.meta.url))).json()) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
