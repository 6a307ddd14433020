/**
 * ISO 3166-1 alpha-2 country codes
 * ================================
 *
 * The officially assigned codes, plus the user-assigned ranges (AA, QM–QZ, XA–XZ, ZZ) that models
 * use for aggregates such as "rest of world" so that those aggregates still count in shares.
 * Kept as data rather than asking `Intl.DisplayNames`, which also answers for non-country regions
 * ("EU", "UN", "EZ") and differs between runtimes.
 */

const ASSIGNED =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW ' +
  'BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI ' +
  'FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN ' +
  'IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME ' +
  'MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF ' +
  'PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV ' +
  'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE ' +
  'YT ZA ZM ZW';

const assigned = new Set(ASSIGNED.split(' '));

/** True for a user-assigned code (AA, QM–QZ, XA–XZ, ZZ): aggregates like "rest of world". */
export function isUserAssignedCountry(code: string): boolean {
  if (code === 'AA' || code === 'ZZ') return true;
  if (code.length !== 2) return false;
  const [first, second] = [code[0]!, code[1]!];
  if (second < 'A' || second > 'Z') return false;
  return (first === 'Q' && second >= 'M') || first === 'X';
}

/** True when `code` is an assigned ISO 3166-1 alpha-2 code or a user-assigned one. */
export function isCountryCode(code: string): boolean {
  return assigned.has(code) || isUserAssignedCountry(code);
}

/** Every officially assigned code, for pickers in the editor and checks in tests. */
export const ASSIGNED_COUNTRY_CODES: readonly string[] = [...assigned];

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
/** Every code a model may use: the assigned ones, then the user-assigned ones. */
export const COUNTRY_CODES = [
  ...assigned,
  'AA',
  ...letters.filter((l) => l >= 'M').map((l) => `Q${l}`),
  ...letters.map((l) => `X${l}`),
  'ZZ',
] as unknown as [string, ...string[]];

let displayNames: Intl.DisplayNames | undefined;

/** English display name ("CN" → "China"), or the code itself for aggregates and unknown codes. */
export function countryName(code: string): string {
  if (isUserAssignedCountry(code)) return code === 'ZZ' || code === 'XX' ? 'Rest of world' : code;
  try {
    displayNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return displayNames.of(code) ?? code;
  } catch {
    return code;
  }
}
