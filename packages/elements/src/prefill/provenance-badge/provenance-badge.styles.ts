// SPDX-License-Identifier: MIT
import { css } from 'lit';

/** Styles of `<tk-provenance-badge>`. */
export const provenanceBadgeStyles = css`
  tk-provenance-badge {
    display: inline-block;
  }
  .tk-provenance {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    padding: 0.125rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: 1rem;
    background: var(--tk-color-badge-bg, #e8f1f8);
    color: var(--tk-color-badge-text, #0b3b60);
    font-size: 0.875em;
  }
  .tk-provenance--modified {
    border-style: dashed;
    background: var(--tk-color-control-bg, #fff);
    color: var(--tk-color-text, #0b0c0c);
  }
  .tk-provenance__icon {
    width: 1em;
    height: 1em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
`;
