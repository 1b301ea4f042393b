// SPDX-License-Identifier: MIT
import { province } from '@tokhai/vn-data';
import { loadAdminUnits } from './load-admin-units.js';

/** An address as one line: `Số 1 phố Hoàng Diệu, Phường Ba Đình, Thành phố Hà Nội` (unit names loaded lazily). */
export async function displayAdminUnit(value: unknown): Promise<string> {
  if (typeof value !== 'object' || value === null) return '';
  const { street, communeCode, provinceCode } = value as { street?: unknown; communeCode?: unknown; provinceCode?: unknown };
  let communeName: string | undefined;
  if (typeof communeCode === 'string') {
    try {
      communeName = (await loadAdminUnits()).unit(communeCode)?.name ?? communeCode;
    } catch {
      communeName = communeCode;
    }
  }
  const provinceName = typeof provinceCode === 'string' ? (province(provinceCode)?.name ?? provinceCode) : undefined;
  return [typeof street === 'string' ? street : undefined, communeName, provinceName].filter((p) => p).join(', ');
}
