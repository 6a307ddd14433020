/**
 * Country names in the sources → ISO 3166-1 alpha-2
 * =================================================
 *
 * The USGS and IEA files spell countries their own way ("Burma", "Congo (Kinshasa)", "Korea,
 * Republic of", trailing spaces, non-breaking spaces). Aggregates ("Other Countries", "Rest of world")
 * map to the user-assigned code ZZ, which counts in shares. World totals map to nothing.
 */

const NAMES: Record<string, string> = {
  afghanistan: 'AF',
  algeria: 'DZ',
  argentina: 'AR',
  armenia: 'AM',
  australia: 'AU',
  austria: 'AT',
  belgium: 'BE',
  bolivia: 'BO',
  brazil: 'BR',
  bulgaria: 'BG',
  burma: 'MM',
  myanmar: 'MM',
  canada: 'CA',
  chile: 'CL',
  china: 'CN',
  'congo (kinshasa)': 'CD',
  'democratic republic of congo': 'CD',
  cuba: 'CU',
  'côte d’ivoire': 'CI',
  "côte d'ivoire": 'CI',
  estonia: 'EE',
  finland: 'FI',
  france: 'FR',
  gabon: 'GA',
  germany: 'DE',
  ghana: 'GH',
  greece: 'GR',
  greenland: 'GL',
  guatemala: 'GT',
  hungary: 'HU',
  india: 'IN',
  indonesia: 'ID',
  iran: 'IR',
  israel: 'IL',
  italy: 'IT',
  japan: 'JP',
  kazakhstan: 'KZ',
  'korea, north': 'KP',
  'korea, republic of': 'KR',
  kyrgyzstan: 'KG',
  laos: 'LA',
  madagascar: 'MG',
  malaysia: 'MY',
  mali: 'ML',
  mexico: 'MX',
  mongolia: 'MN',
  mozambique: 'MZ',
  namibia: 'NA',
  netherlands: 'NL',
  'new caledonia': 'NC',
  nigeria: 'NG',
  norway: 'NO',
  pakistan: 'PK',
  'papua new guinea': 'PG',
  peru: 'PE',
  philippines: 'PH',
  poland: 'PL',
  portugal: 'PT',
  russia: 'RU',
  rwanda: 'RW',
  slovakia: 'SK',
  'south africa': 'ZA',
  spain: 'ES',
  'sri lanka': 'LK',
  sweden: 'SE',
  tajikistan: 'TJ',
  tanzania: 'TZ',
  thailand: 'TH',
  turkey: 'TR',
  ukraine: 'UA',
  'united kingdom': 'GB',
  'united states': 'US',
  uzbekistan: 'UZ',
  vietnam: 'VN',
  zambia: 'ZM',
  zimbabwe: 'ZW',
  'other countries': 'ZZ',
  'rest of world': 'ZZ',
};

/** ISO code for a source's country name; undefined for world totals and names not listed. */
export function countryCodeOf(name: string): string | undefined {
  const key = name
    .replace(/\u00a0/g, ' ')
    .trim()
    .toLowerCase();
  return NAMES[key];
}
