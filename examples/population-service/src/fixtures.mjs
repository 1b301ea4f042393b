// SPDX-License-Identifier: MIT
/**
 * The synthetic citizens of the reference population service. EVERY PERSON AND NUMBER HERE IS INVENTED. Names are
 * built from words that say so: Thử (test), Mẫu (sample), Giả (fake), Ví Dụ (example), Kiểm Thử (testing). ĐDCN
 * numbers follow the documented structure PPP G YY RRRRRR (identifiers.md §1: province of birth registration,
 * century + sex digit, year of birth, serial) so they pass the `vn-pid` format, but the serials are made up.
 * Residence codes come from the 2025-07-01 list in `@tokhai/vn-data`; one citizen still has an address in the old
 * three-level units (to exercise the old-to-new conversion) and one has an old commune that was later split.
 */

/** The administrative-unit list in force since 2025-07-01. */
export const UNITS_2025 = '2025-07-01';
/** Marks an address still coded with the pre-2025 (three-level) units. */
export const UNITS_OLD = 'pre-2025';

const thu = '001090012345';
const mau = '001192054321';
const be = '001224000321';
const gia = '079155000777';
const viDu = '048085000888';
const mauHai = '092178000999';
const kiemThu = '001201004444';

/** @typedef {{ street: string, communeCode: string, provinceCode: string, unitsVersion: string, districtCode?: string }} Address */

const baDinh = { street: 'Số 1 phố Thử Nghiệm', communeCode: '00004', provinceCode: '01', unitsVersion: UNITS_2025 };

/**
 * The records by ĐDCN. Each record is split by the service into the six endpoint groups:
 * identity, residence, household, health, insurance, licences.
 */
export const CITIZENS = {
  [thu]: {
    account: { sub: 'vneid-demo-0001', assuranceLevel: 2, phone: '0912000001', email: 'thu.nguyen@example.invalid' },
    identity: {
      pid: thu,
      fullName: 'Nguyễn Văn Thử',
      dateOfBirth: '1990-03-05',
      sex: 'male',
      ethnicity: 'Kinh',
      religion: 'Không',
      nationality: 'VN',
      hometown: { communeCode: '00097', provinceCode: '01', text: 'Phường Hồng Hà, Thành phố Hà Nội', unitsVersion: UNITS_2025 },
      birthRegistrationPlace: { communeCode: '00004', provinceCode: '01', text: 'Phường Ba Đình, Thành phố Hà Nội', unitsVersion: UNITS_2025 },
      father: { fullName: 'Nguyễn Văn Mẫu', pid: '001060011111', yearOfBirth: 1960, nationality: 'VN' },
      mother: { fullName: 'Đỗ Thị Mẫu', pid: '001162022222', yearOfBirth: 1962, nationality: 'VN' },
      spouse: { fullName: 'Trần Thị Mẫu', pid: mau, yearOfBirth: 1992, nationality: 'VN' },
      maritalStatus: 'married',
      oldIdNumber: '012345678',
      idCard: { number: thu, issuedOn: '2021-04-01', expiresOn: '2030-03-05', issuer: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội' },
    },
    residence: { permanentResidence: baDinh, currentResidence: baDinh },
    household: {
      headName: 'Nguyễn Văn Thử',
      headPid: thu,
      relationshipToHead: 'head',
      members: [
        { fullName: 'Nguyễn Văn Thử', dateOfBirth: '1990-03-05', sex: 'male', pid: thu, relationshipToHead: 'head' },
        { fullName: 'Trần Thị Mẫu', dateOfBirth: '1992-07-14', sex: 'female', pid: mau, relationshipToHead: 'wife' },
        { fullName: 'Nguyễn Minh Bé Thử', dateOfBirth: '2024-01-10', sex: 'male', pid: be, relationshipToHead: 'child' },
      ],
    },
    health: {
      healthCertificates: [
        {
          code: 'GKSK-DEMO-2026-0001',
          issuedOn: '2026-10-15',
          validUntil: '2027-10-15',
          facility: 'Bệnh viện Thử Nghiệm (giả lập)',
          licenceClasses: ['B', 'C1'],
        },
      ],
    },
    insurance: {
      socialInsuranceCode: '0190012345',
      healthInsuranceCard: { number: '0190012345', validFrom: '2026-01-01', validTo: '2026-12-31', facilityCode: '01001', facilityName: 'Trạm y tế Phường Ba Đình (giả lập)' },
    },
    licences: {
      drivingLicences: [{ number: '010900123456', class: 'B2', issuedOn: '2016-05-20', expiresOn: '2026-05-20', issuer: 'Sở Giao thông vận tải Hà Nội' }],
    },
  },
  [mau]: {
    account: { sub: 'vneid-demo-0002', assuranceLevel: 2, phone: '0912000002', email: 'mau.tran@example.invalid' },
    identity: {
      pid: mau,
      fullName: 'Trần Thị Mẫu',
      dateOfBirth: '1992-07-14',
      sex: 'female',
      ethnicity: 'Kinh',
      religion: 'Không',
      nationality: 'VN',
      hometown: { communeCode: '00166', provinceCode: '01', text: 'Phường Cầu Giấy, Thành phố Hà Nội', unitsVersion: UNITS_2025 },
      father: { fullName: 'Trần Văn Giả', pid: '001064033333', yearOfBirth: 1964, nationality: 'VN' },
      mother: { fullName: 'Phạm Thị Giả', pid: '001166044444', yearOfBirth: 1966, nationality: 'VN' },
      spouse: { fullName: 'Nguyễn Văn Thử', pid: thu, yearOfBirth: 1990, nationality: 'VN' },
      maritalStatus: 'married',
      idCard: { number: mau, issuedOn: '2021-06-15', expiresOn: '2032-07-14', issuer: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội' },
    },
    residence: { permanentResidence: baDinh, currentResidence: baDinh },
    household: { headName: 'Nguyễn Văn Thử', headPid: thu, relationshipToHead: 'wife', members: [] },
    health: { healthCertificates: [] },
    insurance: {
      socialInsuranceCode: '0192054321',
      healthInsuranceCard: { number: '0192054321', validFrom: '2026-01-01', validTo: '2026-12-31', facilityCode: '01001', facilityName: 'Trạm y tế Phường Ba Đình (giả lập)' },
    },
    licences: { drivingLicences: [] },
  },
  [be]: {
    identity: {
      pid: be,
      fullName: 'Nguyễn Minh Bé Thử',
      dateOfBirth: '2024-01-10',
      sex: 'male',
      ethnicity: 'Kinh',
      nationality: 'VN',
      birthRegistrationPlace: { communeCode: '00004', provinceCode: '01', text: 'Phường Ba Đình, Thành phố Hà Nội', unitsVersion: UNITS_2025 },
      father: { fullName: 'Nguyễn Văn Thử', pid: thu, yearOfBirth: 1990, nationality: 'VN' },
      mother: { fullName: 'Trần Thị Mẫu', pid: mau, yearOfBirth: 1992, nationality: 'VN' },
      maritalStatus: 'single',
    },
    residence: { permanentResidence: baDinh, currentResidence: baDinh },
    household: { headName: 'Nguyễn Văn Thử', headPid: thu, relationshipToHead: 'child', members: [] },
    health: { healthCertificates: [] },
    insurance: {
      socialInsuranceCode: '0124000321',
      healthInsuranceCard: { number: 'TE1010124000321', validFrom: '2024-01-10', validTo: '2030-01-09', facilityCode: '01001', facilityName: 'Trạm y tế Phường Ba Đình (giả lập)' },
    },
    licences: { drivingLicences: [] },
  },
  [gia]: {
    // A level-1 account (registered in the app only): prefill of her own data must be refused by default.
    account: { sub: 'vneid-demo-0004', assuranceLevel: 1, phone: '0912000004' },
    identity: {
      pid: gia,
      fullName: 'Lê Thị Giả',
      dateOfBirth: '1955', // the record holds only the year (partial dates are legal: identifiers.md §8)
      sex: 'female',
      ethnicity: 'Hoa',
      religion: 'Phật giáo',
      nationality: 'VN',
      maritalStatus: 'widowed',
      idCard: { number: gia, issuedOn: '2022-02-01', expiresOn: '2099-12-31', issuer: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội' },
    },
    residence: {
      permanentResidence: { street: '12 đường Ví Dụ', communeCode: '26743', provinceCode: '79', unitsVersion: UNITS_2025 },
      currentResidence: { street: '12 đường Ví Dụ', communeCode: '26743', provinceCode: '79', unitsVersion: UNITS_2025 },
    },
    household: { headName: 'Lê Thị Giả', headPid: gia, relationshipToHead: 'head', members: [] },
    health: { healthCertificates: [] },
    insurance: { socialInsuranceCode: '7955000777' },
    licences: { drivingLicences: [] },
  },
  [viDu]: {
    account: { sub: 'vneid-demo-0005', assuranceLevel: 2, phone: '0912000005', email: 'vidu.pham@example.invalid' },
    identity: {
      pid: viDu,
      fullName: 'Phạm Văn Ví Dụ',
      dateOfBirth: '1985-11-20',
      sex: 'male',
      ethnicity: 'Khơ-me',
      religion: 'Không',
      nationality: 'VN',
      // Hometown as the old record wrote it: old Quảng Nam (49) units.
      hometown: { communeCode: '20335', provinceCode: '49', text: 'Xã Thử Nghiệm cũ, Tỉnh Quảng Nam', unitsVersion: UNITS_OLD },
      maritalStatus: 'single',
      idCard: { number: viDu, issuedOn: '2021-11-01', expiresOn: '2025-11-20', issuer: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội' },
    },
    residence: {
      // Still coded with the old three-level units (old province 49, Quảng Nam): converts to Đà Nẵng (48), 20335.
      permanentResidence: { street: 'Thôn Ví Dụ', communeCode: '20335', provinceCode: '49', districtCode: '502', unitsVersion: UNITS_OLD },
      currentResidence: { street: 'Thôn Ví Dụ', communeCode: '20335', provinceCode: '49', districtCode: '502', unitsVersion: UNITS_OLD },
    },
    household: { headName: 'Phạm Văn Ví Dụ', headPid: viDu, relationshipToHead: 'head', members: [] },
    health: { healthCertificates: [] },
    insurance: { socialInsuranceCode: '4885000888' },
    licences: {
      drivingLicences: [{ number: '480850008881', class: 'A1', issuedOn: '2005-03-01', expiresOn: null, issuer: 'Sở Giao thông vận tải Quảng Nam' }],
    },
  },
  [mauHai]: {
    account: { sub: 'vneid-demo-0006', assuranceLevel: 2, phone: '0912000006' },
    identity: {
      pid: mauHai,
      fullName: 'Hoàng Thị Mẫu Hai',
      dateOfBirth: '1978-09-02',
      sex: 'female',
      ethnicity: 'Ê Đê',
      religion: 'Tin Lành',
      nationality: 'VN',
      maritalStatus: 'married',
      idCard: { number: mauHai, issuedOn: '2021-09-02', expiresOn: '2038-09-02', issuer: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội' },
    },
    residence: {
      permanentResidence: { street: 'Số 5 hẻm Mẫu', communeCode: '31135', provinceCode: '92', unitsVersion: UNITS_2025 },
      temporaryResidence: { street: 'Số 9 kiệt Thử', communeCode: '20209', provinceCode: '48', unitsVersion: UNITS_2025 },
      currentResidence: { street: 'Số 9 kiệt Thử', communeCode: '20209', provinceCode: '48', unitsVersion: UNITS_2025 },
    },
    household: { headName: 'Hoàng Văn Giả', headPid: '092075000123', relationshipToHead: 'wife', members: [] },
    health: {
      healthCertificates: [
        // Expired: a licence renewal must not accept it.
        { code: 'GKSK-DEMO-2023-0006', issuedOn: '2023-01-05', validUntil: '2024-01-05', facility: 'Phòng khám Mẫu (giả lập)', licenceClasses: ['B'] },
      ],
    },
    insurance: {
      socialInsuranceCode: '9278000999',
      healthInsuranceCard: { number: 'GD4929278000999', validFrom: '2026-01-01', validTo: '2026-12-31', facilityCode: '92010', facilityName: 'Trạm y tế Phường Ninh Kiều (giả lập)' },
    },
    licences: {
      drivingLicences: [{ number: '920780009991', class: 'B', issuedOn: '2025-04-01', expiresOn: '2035-04-01', issuer: 'Phòng Cảnh sát giao thông Công an TP Cần Thơ' }],
    },
  },
  [kiemThu]: {
    account: { sub: 'vneid-demo-0007', assuranceLevel: 2, phone: '0912000007' },
    identity: {
      pid: kiemThu,
      fullName: 'Vũ Văn Kiểm Thử',
      dateOfBirth: '2001-12-24',
      sex: 'male',
      ethnicity: 'Tày',
      nationality: 'VN',
      maritalStatus: 'single',
    },
    residence: {
      // An old commune (00007) that was split between two new wards: the citizen must choose.
      permanentResidence: { street: 'Ngõ Kiểm Thử', communeCode: '00007', provinceCode: '01', districtCode: '001', unitsVersion: UNITS_OLD },
      currentResidence: { street: 'Ngõ Kiểm Thử', communeCode: '00007', provinceCode: '01', districtCode: '001', unitsVersion: UNITS_OLD },
    },
    household: { headName: 'Vũ Văn Kiểm Thử', headPid: kiemThu, relationshipToHead: 'head', members: [] },
    health: { healthCertificates: [] },
    insurance: { socialInsuranceCode: '0101004444' },
    licences: { drivingLicences: [] },
  },
};

/** Demo bearer token of the authority's back office for `/citizens/*` (never use outside this example). */
export const DEMO_SERVICE_TOKEN = 'demo-service-token';

/** Demo OIDC access tokens → the citizen they sign in (for `/userinfo`). */
export const DEMO_ACCESS_TOKENS = {
  'demo-access-thu': thu,
  'demo-access-mau': mau,
  'demo-access-gia': gia,
  'demo-access-vidu': viDu,
  'demo-access-mauhai': mauHai,
  'demo-access-kiemthu': kiemThu,
};

/** ĐDCN of the named demo citizens, for tests and docs. */
export const DEMO_PIDS = { thu, mau, be, gia, viDu, mauHai, kiemThu };
