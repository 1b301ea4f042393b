// SPDX-License-Identifier: MIT
/**
 * Vietnamese mobile prefixes (the first three digits of the 10-digit domestic number), after the 2018 change from
 * 11 to 10 digits. Data, not code: networks get new prefixes, so update this list (and its test) when they do.
 * Source: shared/domain/identifiers.md §5 [reported].
 */
export const MOBILE_PREFIXES: readonly string[] = [
  '032', '033', '034', '035', '036', '037', '038', '039',
  '052', '055', '056', '058', '059',
  '070', '076', '077', '078', '079',
  '081', '082', '083', '084', '085', '086', '087', '088', '089',
  '090', '091', '092', '093', '094', '095', '096', '097', '098', '099',
];
