/**
 * Bibliography of the embedded models
 * ===================================
 *
 * Every citation in a model starts with "[ID]", an id from this catalogue; the builder copies the
 * entries a model quotes into its `references`. Figures come from the fact sheet compiled for the
 * project (../shared/facts/critical-minerals.md), which records how each was read; secondary pages
 * are named by outlet and date as the fact sheet names them.
 */
import type { Reference } from '../../../src/model/schema.ts';

const CATALOGUE: Reference[] = [
  {
    id: 'MCS26',
    title: 'Mineral Commodity Summaries 2026, data release (MCS2026_Commodities_Data.csv)',
    publisher: 'U.S. Geological Survey',
    year: 2026,
    url: 'https://www.sciencebase.gov/catalog/item/696a75d5d4be0228872d3bf8',
    license: 'Public domain',
  },
  {
    id: 'MCS25',
    title: 'Mineral Commodity Summaries 2025, world data (MCS2025_World_Data.csv)',
    publisher: 'U.S. Geological Survey',
    year: 2025,
    url: 'https://doi.org/10.5066/P13XCP3R',
    license: 'Public domain',
  },
  {
    id: 'MCS25-RE',
    title: 'Mineral Commodity Summaries 2025: Rare Earths',
    publisher: 'U.S. Geological Survey',
    year: 2025,
    url: 'https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf',
    license: 'Public domain',
  },
  {
    id: 'MCS25-SAL',
    title: 'Mineral Commodity Summaries 2025, salient statistics and Table 5 (critical minerals)',
    publisher: 'U.S. Geological Survey',
    year: 2025,
    url: 'https://doi.org/10.5066/P13XCP3R',
    license: 'Public domain',
  },
  {
    id: 'MCS20-GE',
    title: 'Mineral Commodity Summaries 2020: Germanium',
    publisher: 'U.S. Geological Survey',
    year: 2020,
    url: 'https://pubs.usgs.gov/periodicals/mcs2020/mcs2020-germanium.pdf',
    license: 'Public domain',
  },
  {
    id: 'IEA-CMD25',
    title:
      'Critical Minerals Dataset / Critical Minerals Data Explorer (Global Critical Minerals Outlook 2025, base year 2024)',
    publisher: 'IEA',
    year: 2025,
    url: 'https://www.iea.org/data-and-statistics/data-tools/critical-minerals-data-explorer',
    license: 'CC BY 4.0 (source: IEA)',
  },
  {
    id: 'IEA-OCT25',
    title:
      'IEA commentary on rare-earth supply (23 Oct 2025): China 91% of separation, 94% of magnets, as reported by rareearthexchanges.com',
    publisher: 'IEA (secondary report)',
    year: 2025,
    url: 'https://rareearthexchanges.com',
  },
  {
    id: 'IEA-SOCI25',
    title:
      'IEA (Oct 2025) on battery midstream: China ≥95% of precursor cathode and LFP cathode material, as reported by soci.org',
    publisher: 'IEA (secondary report)',
    year: 2025,
    url: 'https://www.soci.org',
  },
  {
    id: 'HVW23',
    title:
      'Heim & Vander Wal, NdFeB Permanent Magnet Uses, Projected Growth Rates and Nd plus Dy Demands across End-Use Sectors through 2050: A Review, Minerals 13(10):1274',
    publisher: 'MDPI',
    year: 2023,
    url: 'https://doi.org/10.3390/min13101274',
    license: 'CC BY 4.0',
  },
  {
    id: 'NDFEB-COMP',
    title:
      'Typical sintered NdFeB composition from manufacturers: Nd 29–32.5%, Fe 63.95–68.65%, B 1.1–1.2%, Dy 0.6–1.2% by weight (couragemagnet.com; sensmagnetics)',
    publisher: 'couragemagnet.com / sensmagnetics',
    year: 2023,
    url: 'https://www.couragemagnet.com',
  },
  {
    id: 'MAINRICH-GBD',
    title:
      'Mainrich International, GBD vs bulk alloyed NdFeB (and GBD magnets explained, 15 Jan 2026): grain-boundary diffusion reaches the same coercivity with roughly half the heavy rare earth (50–70% less); it is the dominant route for thin traction-motor magnets, while thick blocks still need bulk alloying',
    publisher: 'Mainrich International',
    year: 2026,
    url: 'https://www.mainrichinternational.com/compare/gbd-vs-bulk-alloyed-ndfeb-magnet',
  },
  {
    id: 'IEA-GEVO25',
    title:
      'IEA, Global EV Outlook 2025 (14 May 2025): electric car sales exceeded 17 million in 2024; China more than 11 million; the United States 1.6 million (as reported by miragenews.com and newpolis.media)',
    publisher: 'IEA (secondary report)',
    year: 2025,
    url: 'https://www.iea.org/reports/global-ev-outlook-2025',
  },
  {
    id: 'EVFY25',
    title: 'evfy.in (2025): India sold 99,378 electric cars in 2024, its best year',
    publisher: 'evfy.in',
    year: 2025,
    url: 'https://www.evfy.in/news/over-25-of-global-car-sales-in-2025-are-now-electric',
  },
  {
    id: 'GWEC25',
    title:
      'GWEC, Global Wind Report 2025: 117 GW installed in 2024; China 79,824 MW; EU member states 12.9 GW (as reported by solarvision.org and Anadolu Agency)',
    publisher: 'Global Wind Energy Council (secondary report)',
    year: 2025,
    url: 'https://www.aa.com.tr/en/energy/renewable/global-wind-power-capacity-sees-record-growth-in-2024/48755',
  },
  {
    id: 'WWEA25',
    title:
      'World Wind Energy Association, preliminary statistics 2024 (23 Apr 2025): 121,305 MW installed; United States 4.2 GW, India 3.4 GW',
    publisher: 'WWEA',
    year: 2025,
    url: 'https://wwindea.org/GlobalStatistics',
  },
  {
    id: 'IDTECHEX24',
    title: 'IDTechEx (Oct 2024): magnets are 29% of rare-earth demand by weight (2023)',
    publisher: 'IDTechEx',
    year: 2024,
    url: 'https://www.idtechex.com',
  },
  {
    id: 'CNQUOTA24',
    title:
      "China's 2024 rare-earth quotas: mining 270,000 t, smelting and separation 254,000 t (mexicobusiness.news, citing mining.com)",
    publisher: 'Mexico Business News',
    year: 2024,
    url: 'https://mexicobusiness.news',
  },
  {
    id: 'REUTERS21',
    title:
      'Reuters (Sep 2021): China relies on Myanmar for about 50% of its heavy rare-earth feedstock; imports of Myanmar rare-earth compounds for processing',
    publisher: 'Reuters',
    year: 2021,
    url: 'https://www.reuters.com/article/china-economy-trade-rareearths/chinas-rare-earth-imports-from-myanmar-dry-up-after-border-closure-idUSKBN2GG16X',
  },
  {
    id: 'REUTERS25',
    title:
      "Reuters (Jan 2025): China's 2024 rare-earth imports fell, mainly on lower supply from the United States (−14.6%) and Myanmar (−31.6%)",
    publisher: 'Reuters (via newsfromrss.com)',
    year: 2025,
    url: 'https://newsfromrss.com/chinas-rare-earth-exports-in-2024-climb-as-home-demand-limited',
  },
  {
    id: 'RAWMAT-CN',
    title:
      'rawmaterials.net (21 Jul 2023): China is the largest exporter of rare earths and, since 2018, also the largest importer; imports from Myanmar are mainly heavy rare earths',
    publisher: 'rawmaterials.net (citing Reuters)',
    year: 2023,
    url: 'https://rawmaterials.net/china-rare-earths-imports-from-myanmar-rise-sharply/',
  },
  {
    id: 'RAWMAT-LA',
    title:
      'Raw Materials (rawmaterials.net): Laos ionic-clay heavy rare earths; Chinese companies buying Laotian rare-earth miners',
    publisher: 'rawmaterials.net',
    year: 2025,
    url: 'https://rawmaterials.net/canada-rare-earth-announces-acquisition-of-a-refinery-in-laos/',
  },
  {
    id: 'SEAISI24',
    title: 'SEAISI / Kallanish (11 Nov 2024): Lynas Kalgoorlie cracking plant opens, feeding Lynas Malaysia',
    publisher: 'seaisi.org',
    year: 2024,
    url: 'https://www.seaisi.org',
  },
  {
    id: 'LYNAS-HREE',
    title:
      'Lynas Malaysia separated Dy and Tb from 2025 (thewest.com.au; malaymail, 29 Oct 2025; seaisi, 28 Jun 2024)',
    publisher: 'thewest.com.au / malaymail',
    year: 2025,
  },
  {
    id: 'IREL-NDPR',
    title:
      'moneycontrol.com (2025): IREL makes about 500 t/yr NdPr oxide, enough for about 1,500 t of sintered magnet',
    publisher: 'moneycontrol.com',
    year: 2025,
    url: 'https://www.moneycontrol.com',
  },
  {
    id: 'IREL-REPM',
    title: 'yovizag.com (May 2023): IREL rare-earth permanent-magnet plant at BARC Vizag, 3,000 kg/yr',
    publisher: 'yovizag.com',
    year: 2023,
    url: 'https://www.yovizag.com',
  },
  {
    id: 'TOYOTSU',
    title:
      'Reuters via dqindia.com / evmagz.com (2025): Toyotsu Rare Earths India shipped more than 1,000 t to Japan in 2024',
    publisher: 'Reuters (secondary)',
    year: 2025,
  },
  {
    id: 'SOLVAY',
    title:
      'rawmaterials.net (2024): Solvay La Rochelle produces 4,000 t/yr of rare-earth products, mainly catalyst grades; NdPr line opened 8 Apr 2025 (automotiveworld.com, 9 Apr 2025)',
    publisher: 'rawmaterials.net / automotiveworld.com',
    year: 2025,
    url: 'https://rawmaterials.net/neodymium-praseodymium-solvay-aims-to-supply-30-of-europes-demand/',
  },
  {
    id: 'CNORG13',
    title:
      'china.org.cn (Japanese edition, 12 Aug 2013): world sintered NdFeB output 98,200 t in 2010 — China 79.4%, Japan 19.3%, Europe 1.3%',
    publisher: 'china.org.cn',
    year: 2013,
    url: 'http://japanese.china.org.cn/business/txt/2013-08/12/content_29694121_2.htm',
  },
  {
    id: 'MP-IND',
    title:
      'industrialheating.com: MP Materials Independence (Fort Worth) metal, alloy and magnet plant, ~1,000 t/yr NdFeB',
    publisher: 'industrialheating.com',
    year: 2025,
    url: 'https://www.industrialheating.com',
  },
  {
    id: 'USAR',
    title:
      'minelistings.com: USA Rare Earth, Stillwater (OK), sintered NdFeB 1,200 t/yr initially, 4,800 t/yr nameplate',
    publisher: 'minelistings.com',
    year: 2025,
  },
  {
    id: 'MP-DOD25',
    title:
      'MP Materials 8-K summary of the Price Protection Agreement with the US Department of Defense (dated 9 Jul 2025): NdPr floor of US$110/kg for 10 years from Q4 2025, DoD paying the gap to the market benchmark on all volumes sold or stockpiled; DoD buys 100% of the "10X" magnet plant’s output for 10 years',
    publisher: 'MP Materials (SEC filing, secondary summary)',
    year: 2025,
  },
  {
    id: 'MP-10X',
    title:
      'nsenergybusiness.com; adamasintel.com; defence-industry.eu: MP Materials’ "10X" magnet facility takes total US MP magnet capacity to ~10,000 t/yr, commissioning 2028',
    publisher: 'nsenergybusiness.com / adamasintel.com',
    year: 2025,
  },
  {
    id: 'NM-NDPR25',
    title: 'The Northern Miner (Aug 2025): NdPr oxide about US$88/kg',
    publisher: 'The Northern Miner',
    year: 2025,
  },
  {
    id: 'EU-CRMA24',
    title:
      'Regulation (EU) 2024/1252 (Critical Raw Materials Act), 2030 benchmarks: 10% extraction, 40% processing, 25% recycling of the EU’s consumption of strategic raw materials; at most 65% from any single third country per stage',
    publisher: 'European Union',
    year: 2024,
    url: 'https://eur-lex.europa.eu/eli/reg/2024/1252/oj',
  },
  {
    id: 'UNEP-RR11',
    title:
      'UNEP International Resource Panel, Recycling Rates of Metals (Graedel et al., 2011): end-of-life recycling rates of Nd, Dy, Li and Ga below 1%; Co, Cu, Mn and Ni above 50%',
    publisher: 'United Nations Environment Programme',
    year: 2011,
  },
  {
    id: 'NEO-NARVA',
    title:
      'earths-book.com (Dec 2025); automotiveworld.com (19 Sep 2025): Neo Performance Materials Narva magnet plant, phase 1 ~2,000 t/yr, inaugurated Sep 2025',
    publisher: 'earths-book.com / automotiveworld.com',
    year: 2025,
  },
  {
    id: 'COURAGE23',
    title:
      'couragemagnet.com: overseas sintered NdFeB capacity is mainly in Japan (TDK, Shin-Etsu, Hitachi Metals); Japan has no rare-earth separation and imports its raw materials',
    publisher: 'couragemagnet.com',
    year: 2023,
    url: 'https://www.couragemagnet.com/magnet-blog/871.html',
  },
  {
    id: 'MAGFALL25',
    title:
      "China's rare-earth magnet exports fell ~75% within two months of the April 2025 controls (stock-market.news; discoveryalert, citing Argus)",
    publisher: 'stock-market.news / discoveryalert.com.au',
    year: 2025,
  },
  {
    id: 'MOFCOM-23',
    title:
      'MOFCOM/GAC Announcement No. 23 [2023]: export licences for gallium and germanium items from 1 Aug 2023 (mondaq 1350848; chinajusticeobserver)',
    publisher: 'Ministry of Commerce of the PRC (secondary translations)',
    year: 2023,
  },
  {
    id: 'MOFCOM-GR23',
    title:
      'MOFCOM/GAC graphite announcement of 20 Oct 2023: export licences for natural flake, spherical and high-purity artificial graphite from 1 Dec 2023 (english.news.cn)',
    publisher: 'Ministry of Commerce of the PRC (via Xinhua)',
    year: 2023,
    url: 'https://english.news.cn',
  },
  {
    id: 'MOFCOM-SB24',
    title:
      'MOFCOM/GAC antimony controls announced 15 Aug 2024, effective 15 Sep 2024: ores, metal, oxides and compounds (Reuters via creamermedia)',
    publisher: 'Ministry of Commerce of the PRC (via Reuters)',
    year: 2024,
  },
  {
    id: 'MOFCOM-46',
    title:
      'MOFCOM Announcement No. 46 [2024] (3 Dec 2024): gallium, germanium, antimony and superhard materials to the United States not permitted in principle (Reuters via brecorder); clause suspended 9 Nov 2025 until 27 Nov 2026 (fastmarkets)',
    publisher: 'Ministry of Commerce of the PRC (via Reuters)',
    year: 2024,
  },
  {
    id: 'MOFCOM-18',
    title:
      'MOFCOM/GAC Announcement No. 18 [2025] (4 Apr 2025): Sm, Gd, Tb, Dy, Lu, Sc, Y metals, alloys, oxides and compounds, incl. SmCo magnet materials and Tb/Dy alloys (hklaw.com; en.ckhq.net)',
    publisher: 'Ministry of Commerce of the PRC (secondary)',
    year: 2025,
  },
  {
    id: 'MOFCOM-OCT25',
    title:
      'MOFCOM/GAC Announcements Nos. 55–58, 61, 62 [2025] (9 Oct 2025) and their suspension by No. 70 [2025] on 7 Nov 2025 until 10 Nov 2026 (pillsburylaw; chemradar; rawmaterials.net)',
    publisher: 'Ministry of Commerce of the PRC (secondary)',
    year: 2025,
  },
  {
    id: 'MOFCOM-70',
    title:
      'MOFCOM Announcements Nos. 70 and 72 [2025] (7/9 Nov 2025): the 9 Oct 2025 package suspended until 10 Nov 2026 and the US-specific Ga/Ge/Sb ban until 27 Nov 2026; the April 2025 licensing of seven rare earths and magnets stays (rawmaterials.net; Clark Hill)',
    publisher: 'Ministry of Commerce of the PRC (secondary)',
    year: 2025,
  },
  {
    id: 'MOFCOM-26-1',
    title:
      'MOFCOM Announcement No. 1 [2026] (6 Jan 2026): exports of dual-use items to Japanese military end users banned',
    publisher: 'Ministry of Commerce of the PRC (secondary)',
    year: 2026,
  },
  {
    id: 'BMI26',
    title:
      'Benchmark Mineral Intelligence (22 Jun 2026): China adds 10 US entities, including MP Materials and USA Rare Earth, to its export-control list',
    publisher: 'Benchmark Mineral Intelligence',
    year: 2026,
  },
  {
    id: 'IN-REPM25',
    title:
      'India’s scheme for sintered rare-earth permanent magnets (approved Dec 2025): Rs 7,280 crore; 6,000 t/yr of integrated capacity, oxide to magnet, across at most five beneficiaries of ≤1,200 t/yr each (spglobal.com automotive insights, 5 Mar 2026; rediff)',
    publisher: 'S&P Global Mobility (secondary)',
    year: 2026,
  },
  {
    id: 'STRATAS23',
    title: 'Stratas Advisors (Feb 2023): high-purity manganese sulphate supply, China ~84%, Japan ~11%',
    publisher: 'Stratas Advisors',
    year: 2023,
  },
  {
    id: 'GIYANI',
    title:
      'Giyani Metals: ~90% of manganese goes to steel and ferroalloys; lithium-ion batteries about 0.5% of contained Mn',
    publisher: 'Giyani Metals',
    year: 2024,
  },
  {
    id: 'IBM-IMYB19',
    title:
      'Indian Bureau of Mines, Indian Minerals Yearbook 2019, Manganese ore: India is one of the major importers of manganese ore in the world',
    publisher: 'Indian Bureau of Mines',
    year: 2021,
    url: 'https://ibm.gov.in',
  },
  {
    id: 'CRMA23',
    title:
      'Critical Raw Materials Alliance via Reuters (Jul 2023): China produces about 60% of the world’s germanium, the rest coming from Canada, Finland, Russia and the US',
    publisher: 'Reuters',
    year: 2023,
  },
  // Country groups last: every model cites them.
  {
    id: 'MSP',
    title:
      'Minerals Security Partnership: members, India joined Jun 2023, Estonia Mar 2024 (en.wikipedia.org/wiki/Minerals_Security_Partnership; newkerala.com, Sep 2024; State Dept via miragenews)',
    publisher: 'U.S. Department of State (secondary)',
    year: 2024,
    url: 'https://en.wikipedia.org/wiki/Minerals_Security_Partnership',
  },
  {
    id: 'FORGE26',
    title:
      'Forum on Resource Geostrategic Engagement (FORGE), launched at the Critical Minerals Ministerial, Washington, 4 Feb 2026 (54 countries + the EC took part) as successor to the MSP; the Republic of Korea chairs until June 2026; membership still being clarified (atlanticcouncil.org; underlines.news, 6 Feb 2026; centreline.com.pk)',
    publisher: 'U.S. Department of State (secondary)',
    year: 2026,
    url: 'https://www.atlanticcouncil.org/?p=905012',
  },
  {
    id: 'QUAD25',
    title:
      'Quad Critical Minerals Initiative launched 1 Jul 2025 at the Quad Foreign Ministers meeting, Washington (indiandefensenews.in; nippon.com)',
    publisher: 'indiandefensenews.in / nippon.com',
    year: 2025,
  },
  {
    id: 'PAXSILICA',
    title:
      'Pax Silica declaration: founding signatories 12 Dec 2025; Greece, Qatar, UAE listed by Feb 2026; India signed 20 Feb 2026 (investingnews.com; en.wikipedia.org/wiki/Pax_Silica; business-standard.com)',
    publisher: 'U.S. Department of State (secondary)',
    year: 2026,
    url: 'https://en.wikipedia.org/wiki/Pax_Silica',
  },
  {
    id: 'EU',
    title: 'European Union: EU countries',
    publisher: 'European Union',
    year: 2025,
    url: 'https://european-union.europa.eu/principles-countries-history/eu-countries_en',
  },
  {
    id: 'IEA-JPSTOCK',
    title:
      'IEA Policies Database, "National stockpiling system" (Japan, 26 Oct 2023): JOGMEC stockpiles generally 60 days of domestic consumption, up to 180 days for high-risk metals; 34 rare metals eligible',
    publisher: 'International Energy Agency',
    year: 2023,
  },
  {
    id: 'VAULT26',
    title:
      'US Project Vault (announced 2 Feb 2026): US$10bn EXIM loan over 15 years and about US$1.67bn private capital, aiming at 60 days of emergency supply of critical minerals (GTReview)',
    publisher: 'GTReview',
    year: 2026,
  },
];

const byId = new Map(CATALOGUE.map((r) => [r.id, r]));

/** A later USGS world-data edition given to the build script ("MCS27") gets an entry of its own. */
function usgsEdition(id: string): Reference | undefined {
  const m = /^MCS(\d{2})$/.exec(id);
  if (!m) return undefined;
  const year = 2000 + Number(m[1]);
  return {
    id,
    title: `Mineral Commodity Summaries ${year}, world data (MCS${year}_World_Data.csv)`,
    publisher: 'U.S. Geological Survey',
    year,
    url: 'https://www.usgs.gov/centers/national-minerals-information-center/mineral-commodity-summaries',
    license: 'Public domain',
  };
}

/** The catalogue entries quoted as "[ID]" anywhere in `texts`, in catalogue order. */
export function referencesQuoted(texts: Iterable<string>): Reference[] {
  const used = new Map<string, Reference>();
  for (const t of texts) {
    for (const m of t.matchAll(/\[([A-Z][A-Z0-9-]*)\]/g)) {
      const id = m[1]!;
      const ref = byId.get(id) ?? usgsEdition(id);
      if (!ref) throw new Error(`citation quotes unknown reference [${id}]: ${t}`);
      used.set(id, ref);
    }
  }
  const order = (r: Reference) => {
    const i = CATALOGUE.indexOf(r);
    return i === -1 ? -1 : i;
  };
  return [...used.values()].sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id));
}
