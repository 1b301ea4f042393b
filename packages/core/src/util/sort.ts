// SPDX-License-Identifier: MIT
/**
 * Sorts in place, stably, as `Array.prototype.sort` does; insertion sort for the few errors a validation usually
 * has (the built-in sort allocates a work array on every call).
 */
export const sortStably = <T>(items: T[], order: (a: T, b: T) => number): T[] => {
  if (items.length > 16) return items.sort(order);
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    let j = i - 1;
    for (; j >= 0 && order(items[j], item) > 0; j--) items[j + 1] = items[j];
    items[j + 1] = item;
  }
  return items;
};
