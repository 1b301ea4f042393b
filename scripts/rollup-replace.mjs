// SPDX-License-Identifier: MIT
// A tiny literal-replace plugin for the production bundle (DEV_MODE → false), so terser drops dev-only warnings.
export default function replace(map) {
  return {
    name: 'tokhai-replace',
    transform(code, id) {
      if (id.includes('node_modules')) return null;
      let out = code;
      for (const [from, to] of Object.entries(map)) out = out.split(from).join(to);
      return out === code ? null : { code: out, map: null };
    },
  };
}
