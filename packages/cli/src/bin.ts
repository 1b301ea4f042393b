// SPDX-License-Identifier: MIT
console.log('tokhai');
