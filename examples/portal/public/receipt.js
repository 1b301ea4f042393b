// SPDX-License-Identifier: MIT
// The receipt page's print button (a separate file: the page's CSP allows no inline script).
document.getElementById('print-receipt')?.addEventListener('click', () => window.print());
