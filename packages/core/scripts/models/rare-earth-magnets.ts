/**
 * Rare-earth magnets, mine to magnet (the default model)
 * ======================================================
 *
 * One unit throughout: tonnes of rare-earth oxide (REO) equivalent per year. Each mine's output splits
 * into two streams: the magnet rare earths (Nd, Pr, Dy, Tb), which go through separation, metal and
 * alloy making and sintered NdFeB magnets to the magnet end uses; and the rest of the oxide (mostly
 * La and Ce), which goes straight to the non-magnet uses. Mine totals are USGS's; the magnet stream's
 * figures are the IEA's (magnet rare earths mined, separated and demanded, 2024). Dy/Tb move on their
 * own edges (commodity "DyTb") next to NdPr, and magnets carry a recipe, so that a multi-input engine
 * can make magnets stop when Dy/Tb stop.
 */
import type { Model, ModelEdge, ModelNode } from '../../src/model/schema.ts';
import { assemble, countryName, fmt, round } from './lib/builder.ts';
import { ieaCleantech, ieaDemand, ieaSupply, usgsByCountry } from './lib/datasets.ts';
import { nid, type Sources, usgsRef, usgsYear } from './lib/sources.ts';

/**
 * Mine output 2025e, t REO, from MCS 2026 (read from the data release; the shipped world-data CSV is
 * MCS 2025, which stops at 2024). Kept until a USGS world-data file with a 2025 or later column is
 * given, which then replaces it.
 */
const MCS26_MINE_2025: Record<string, number> = {
  CN: 270000,
  US: 51000,
  AU: 29000,
  MM: 22000,
  TH: 4800,
  IN: 2900,
  MG: 2700,
  RU: 2600,
  BR: 2000,
  NG: 1500,
  VN: 150,
  MY: 110,
  ZZ: 550,
};
const MINE_ORDER = Object.keys(MCS26_MINE_2025);

/** Where each mine's magnet rare earths are separated, and why we think so. */
const ROUTES: Record<string, { to: string; why: string }> = {
  MM: {
    to: 'CN',
    why: "[MCS26] USGS estimates Burma's output from China's import data; [REUTERS21] China relies on Myanmar for about half its heavy rare-earth feedstock",
  },
  TH: { to: 'CN', why: "[MCS26] USGS estimates Thailand's output from China's import data" },
  MG: { to: 'CN', why: "[MCS26] USGS estimates Madagascar's output from China's import data" },
  MY: { to: 'CN', why: "[MCS26] USGS estimates Malaysia's mine output from China's import data" },
  VN: { to: 'CN', why: "[MCS26] USGS estimates Vietnam's output from China's import data" },
  NG: { to: 'CN', why: "[MCS25] USGS estimated Nigeria's output from China's import data" },
  ZZ: {
    to: 'CN',
    why: '[RAWMAT-LA] other producers include Laos, whose ionic-clay heavy rare earths are mined by Chinese-owned companies for China',
  },
  IN: {
    to: 'IN',
    why: '[IREL-NDPR] India separates its monazite at IREL (mining and processing are state-controlled)',
  },
  RU: {
    to: 'ZZ',
    why: 'route not in the sources read; Russia separates at home (counted in the rest of world)',
  },
  BR: { to: 'ZZ', why: 'route not in the sources read; counted with rest-of-world separation' },
};

export function buildRareEarthMagnets(src: Sources): Model {
  const { usgs, iea } = src;
  const nodes: ModelNode[] = [];
  const edges: ModelEdge[] = [];

  // --- Mining (t REO) --------------------------------------------------------------------------
  const fromUsgs = usgs.year >= 2025;
  const mine = new Map<string, { value: number; source: string }>();
  if (fromUsgs) {
    const rows = usgsByCountry(usgs, 'Rare earths', 'Mine production');
    for (const [code, row] of rows) {
      if (row.production === undefined) continue;
      mine.set(code, {
        value: row.production,
        source: `[${usgsRef(usgs)}] rare earths, mine production ${usgsYear(usgs)}, ${row.country}: ${fmt(row.production)} t REO`,
      });
    }
  } else {
    for (const code of MINE_ORDER) {
      const v = MCS26_MINE_2025[code]!;
      mine.set(code, {
        value: v,
        source: `[MCS26] rare earths, mine production 2025e, ${code === 'ZZ' ? 'other countries' : countryName(code)}: ${fmt(v)} t REO`,
      });
    }
  }

  // --- Magnet rare earths by country (IEA, kt → t) --------------------------------------------
  const t = (kt: number) => round(kt * 1000);
  const ieaMine = ieaSupply(iea, 'Rare Earth Elements', 'mining');
  const ieaRefine = ieaSupply(iea, 'Rare Earth Elements', 'refining');
  const demand = ieaDemand(iea, 'Rare Earth Elements');
  const magnetDemand = t(demand.total);
  const nd = ieaCleantech(iea, 'Neodymium');
  const pr = ieaCleantech(iea, 'Praseodymium');
  const dy = ieaCleantech(iea, 'Dysprosium');
  const tb = ieaCleantech(iea, 'Terbium');
  const dytbShare = round((dy + tb) / (nd + pr + dy + tb), 4);
  const dytbWhy = `Dy+Tb are ${fmt(dytbShare * 100)}% of magnet rare earths in [IEA-CMD25] 2024 clean-tech demand (Dy ${fmt(round(dy * 1000))} t + Tb ${fmt(round(tb * 1000))} t of ${fmt(round((nd + pr + dy + tb) * 1000))} t)`;

  // The IEA names China, Myanmar, the US and Australia; its "rest of world" is spread over the
  // other mines in proportion to their REO output.
  const named = ['CN', 'MM', 'US', 'AU'];
  const restCodes = [...mine.keys()].filter((c) => !named.includes(c));
  const restReo = restCodes.reduce((s, c) => s + mine.get(c)!.value, 0);
  const ieaRest = t(ieaMine.get('ZZ') ?? 0);

  for (const code of mine.keys()) {
    const m = mine.get(code)!;
    nodes.push({
      id: nid(code, 'mine'),
      label: `${countryName(code)}${code === 'ZZ' ? ' (incl. Laos)' : ''} — mining`,
      stage: 'mining',
      country: code,
      kind: 'source',
      commodity: 'rare-earth concentrate',
      capacity: m.value,
      source: m.source,
      ...(code === 'CN'
        ? { notes: 'Production quota; excludes undocumented output [MCS26]. Share of world 2025e: 69%.' }
        : {}),
      ...(code === 'MM'
        ? { notes: 'Ionic clays rich in Dy and Tb; output estimated by USGS from China’s imports.' }
        : {}),
    });
  }

  // --- Separation (t magnet rare earths) ------------------------------------------------------
  const ireL = 500;
  const sepRows: { code: string; value: number; source: string; label: string; notes?: string }[] = [
    {
      code: 'CN',
      value: t(ieaRefine.get('CN')!),
      label: 'China — separation',
      source: `[IEA-CMD25] magnet rare-earth refining 2024, China: ${fmt(t(ieaRefine.get('CN')!))} t`,
      notes:
        "Magnet rare earths (Nd, Pr, Dy, Tb) separated. China's 2024 smelting and separation quota for all rare earths was 254,000 t REO [CNQUOTA24]; the IEA puts China's share of separation at 91% [IEA-OCT25].",
    },
    {
      code: 'MY',
      value: t(ieaRefine.get('MY')!),
      label: 'Malaysia (Lynas, Kuantan) — separation',
      source: `[IEA-CMD25] magnet rare-earth refining 2024, Malaysia: ${fmt(t(ieaRefine.get('MY')!))} t`,
      notes: 'Lynas Malaysia; separated Dy and Tb from 2025 [LYNAS-HREE].',
    },
    {
      code: 'US',
      value: t(ieaRefine.get('US')!),
      label: 'United States (MP Materials) — separation',
      source: `[IEA-CMD25] magnet rare-earth refining 2024, United States: ${fmt(t(ieaRefine.get('US')!))} t`,
    },
    {
      code: 'IN',
      value: ireL,
      label: 'India (IREL) — separation',
      source: `[IREL-NDPR] IREL NdPr oxide output about ${fmt(ireL)} t/yr (part of the IEA's rest of world)`,
      notes: 'IREL also runs pilot plants for Dy and Tb; no tonnage in the sources read.',
    },
    {
      code: 'FR',
      value: 0,
      label: 'France (Solvay, La Rochelle) — separation',
      source:
        '[SOLVAY] the NdPr line opened on 8 Apr 2025, so no magnet rare earths in 2024 (the IEA base year); the plant makes 4,000 t/yr of other rare-earth products',
      notes:
        '2025 output several hundred tonnes; 2,000–5,000 t/yr REO possible with ~€100 m; target ~4,500 t/yr by 2030. Set a capacity here to study it.',
    },
    {
      code: 'ZZ',
      value: t(ieaRefine.get('ZZ')!) - ireL,
      label: 'Rest of world (incl. Estonia, Vietnam, Russia) — separation',
      source: `[IEA-CMD25] magnet rare-earth refining 2024, rest of world ${fmt(t(ieaRefine.get('ZZ')!))} t, less India's ${fmt(ireL)} t [IREL-NDPR]`,
      notes:
        "Includes Neo Performance Materials' Silmet plant in Estonia (~3,000 t/yr of light rare earths, argusmedia 2023) and Vietnam Rare Earth JSC. Japan has no separation of its own [COURAGE23].",
    },
  ];
  for (const s of sepRows) {
    nodes.push({
      id: nid(s.code, 'sep'),
      label: s.label,
      stage: 'separation',
      country: s.code,
      kind: 'process',
      commodity: 'separated magnet rare-earth oxides',
      capacity: s.value,
      source: s.source,
      ...(s.notes ? { notes: s.notes } : {}),
    });
  }

  // Mines → separation (magnet rare earths), mines → non-magnet uses (the rest of the oxide).
  const mineToSep = (code: string, to: string, capacity: number, citation: string, notes?: string) =>
    edges.push({
      source: nid(code, 'mine'),
      target: nid(to, 'sep'),
      commodity: 'magnet REO',
      capacity,
      citation,
      ...(notes ? { notes } : {}),
    });
  mineToSep(
    'CN',
    'CN',
    t(ieaMine.get('CN')!),
    `[IEA-CMD25] magnet rare earths mined 2024, China: ${fmt(t(ieaMine.get('CN')!))} t`,
  );
  mineToSep(
    'MM',
    'CN',
    t(ieaMine.get('MM')!),
    `[IEA-CMD25] magnet rare earths mined 2024, Myanmar: ${fmt(t(ieaMine.get('MM')!))} t; ${ROUTES.MM!.why}`,
  );
  const usMag = t(ieaMine.get('US')!);
  const usSep = t(ieaRefine.get('US')!);
  mineToSep(
    'US',
    'US',
    usSep,
    `[IEA-CMD25] US magnet rare-earth refining 2024: ${fmt(usSep)} t, separated from US ore at Mountain Pass`,
  );
  mineToSep(
    'US',
    'CN',
    usMag - usSep,
    `[IEA-CMD25] magnet rare earths mined in the US 2024 (${fmt(usMag)} t) less those separated there (${fmt(usSep)} t) = ${fmt(usMag - usSep)} t, shipped to China as concentrate; [REUTERS25] China's imports from the US`,
  );
  mineToSep(
    'AU',
    'MY',
    t(ieaMine.get('AU')!),
    `[IEA-CMD25] magnet rare earths mined 2024, Australia: ${fmt(t(ieaMine.get('AU')!))} t; [SEAISI24] Lynas Mt Weld and Kalgoorlie feed Lynas Malaysia`,
  );
  for (const code of restCodes) {
    const route = ROUTES[code];
    if (!route) throw new Error(`rare earths: no route for mine ${code}`);
    const reo = mine.get(code)!.value;
    const cap = round((ieaRest * reo) / restReo);
    mineToSep(
      code,
      route.to,
      cap,
      `derived: [IEA-CMD25] rest-of-world magnet rare earths mined 2024 (${fmt(ieaRest)} t) × this mine's share of the other mines' REO (${fmt(reo)} / ${fmt(restReo)} t) = ${fmt(cap)} t; ${route.why}`,
    );
  }

  // --- Metal and alloy (no capacities in the sources) -----------------------------------------
  const metals = ['CN', 'JP', 'US', 'ZZ'];
  for (const code of metals) {
    nodes.push({
      id: nid(code, 'metal'),
      label: `${countryName(code)} — metal & alloy`,
      stage: 'metal',
      country: code,
      kind: 'process',
      commodity: 'NdPr/Dy/Tb metal and NdFeB alloy',
      notes:
        'No capacity: the sources read give no metal or alloy tonnages by country. Reduction loses ~20% of the oxide [HVW23], not modelled.',
    });
  }
  /** NdPr edge, plus a DyTb edge when the sender separates heavies (capacity = its Dy/Tb share). */
  const pair = (
    from: string,
    to: string,
    stage: 'sep' | 'metal',
    next: 'metal' | 'magnet',
    why: string,
    heavies?: { separated: number },
  ) => {
    edges.push({ source: nid(from, stage), target: nid(to, next), commodity: 'NdPr', citation: why });
    if (!heavies) return;
    const cap = round(heavies.separated * dytbShare);
    edges.push({
      source: nid(from, stage),
      target: nid(to, next),
      commodity: 'DyTb',
      capacity: cap,
      citation: `derived: ${why}; Dy/Tb capacity = the sender's magnet rare-earth separation ${fmt(heavies.separated)} t × ${fmt(dytbShare)} = ${fmt(cap)} t (${dytbWhy}); each route may carry all of it`,
    });
  };
  const cnDyTb = { separated: t(ieaRefine.get('CN')!) };
  const myDyTb = { separated: t(ieaRefine.get('MY')!) };
  pair(
    'CN',
    'CN',
    'sep',
    'metal',
    '[IEA-CMD25] China separates 91% of magnet rare earths and makes most metal at home',
    cnDyTb,
  );
  pair(
    'CN',
    'JP',
    'sep',
    'metal',
    '[COURAGE23] Japan imports its rare-earth raw materials, 67% from China (2021)',
    cnDyTb,
  );
  pair(
    'CN',
    'US',
    'sep',
    'metal',
    '[MCS25-RE] US imports of rare-earth compounds and metals: China 70% (2020–23)',
    cnDyTb,
  );
  pair(
    'CN',
    'ZZ',
    'sep',
    'metal',
    '[IEA-CMD25] China separates 91% of magnet rare earths, so metal makers elsewhere buy from it',
    cnDyTb,
  );
  pair(
    'MY',
    'JP',
    'sep',
    'metal',
    '[COURAGE23] Japan buys the third of its raw materials not from China elsewhere, e.g. Lynas Malaysia',
    myDyTb,
  );
  pair(
    'MY',
    'US',
    'sep',
    'metal',
    '[MCS25-RE] US imports of rare-earth compounds and metals: Malaysia 13% (2020–23)',
    myDyTb,
  );
  pair(
    'MY',
    'ZZ',
    'sep',
    'metal',
    '[LYNAS-HREE] Lynas Malaysia sells NdPr and, from 2025, Dy and Tb',
    myDyTb,
  );
  pair(
    'US',
    'US',
    'sep',
    'metal',
    '[MP-IND] MP Materials makes metal and alloy at Fort Worth from its own oxide',
  );
  const toChina =
    '[RAWMAT-CN] China has been the largest importer of rare earths since 2018, separated NdPr included';
  pair('MY', 'CN', 'sep', 'metal', toChina);
  pair('US', 'CN', 'sep', 'metal', `${toChina}; [REUTERS25] China's imports from the US`);
  pair('ZZ', 'CN', 'sep', 'metal', toChina);
  pair(
    'IN',
    'JP',
    'sep',
    'metal',
    '[TOYOTSU] Toyotsu Rare Earths India shipped more than 1,000 t to Japan in 2024',
  );
  pair('IN', 'ZZ', 'sep', 'metal', '[IREL-REPM] IREL feeds its own magnet plant in India');
  pair('FR', 'ZZ', 'sep', 'metal', '[SOLVAY] Solvay supplies NdPr to European magnet makers');
  pair(
    'ZZ',
    'ZZ',
    'sep',
    'metal',
    '[IEA-CMD25] rest-of-world separation supplies rest-of-world metal makers',
  );
  pair('ZZ', 'JP', 'sep', 'metal', '[COURAGE23] Japan imports its rare-earth raw materials');
  pair(
    'ZZ',
    'US',
    'sep',
    'metal',
    '[MCS25-RE] US imports of rare-earth compounds and metals: Estonia 5% (2020–23)',
  );

  // --- Sintered NdFeB magnets (t REO-equivalent content) --------------------------------------
  const REO_PER_T_MAGNET = 0.45;
  const toReo = (tMagnet: number) => round(tMagnet * REO_PER_T_MAGNET, 2);
  const conv = `× ${REO_PER_T_MAGNET} t magnet REO per t magnet [FACTS-D]`;
  const cnMagnet = round(magnetDemand * 0.94);
  const nonChina = magnetDemand * 0.06;
  const usMagnet = toReo(1000 + 1200);
  const inMagnet = toReo(3);
  const eeMagnet = toReo(2000);
  const deMagnet = toReo(98200 * 0.013);
  const jpMagnet = round(nonChina - usMagnet - inMagnet - eeMagnet - deMagnet, 2);
  const magnets: { code: string; value: number; source: string; notes?: string }[] = [
    {
      code: 'CN',
      value: cnMagnet,
      source: `derived: [IEA-OCT25] China makes 94% of permanent magnets × [IEA-CMD25] world magnet rare-earth demand 2024 (${fmt(magnetDemand)} t) = ${fmt(cnMagnet)} t`,
    },
    {
      code: 'JP',
      value: jpMagnet,
      source: `derived: the non-China 6% (${fmt(round(nonChina, 2))} t) less the cited US, India, Estonia and Germany figures = ${fmt(jpMagnet)} t; [COURAGE23] overseas capacity is mainly Japanese (TDK, Shin-Etsu, Proterial), tonnage undisclosed`,
      notes:
        "Includes Japanese firms' plants abroad (e.g. Shin-Etsu in Vietnam). Japan made 19.3% of the world's sintered NdFeB in 2010 [CNORG13].",
    },
    {
      code: 'DE',
      value: deMagnet,
      source: `derived: [CNORG13] Europe made 1.3% of 98,200 t of sintered NdFeB in 2010 (mainly VAC, Germany) = ${fmt(round(98200 * 0.013, 1))} t ${conv} = ${fmt(deMagnet)} t; no newer figure in the sources read`,
    },
    {
      code: 'US',
      value: usMagnet,
      source: `derived: [MP-IND] MP Materials Independence ~1,000 t/yr + [USAR] USA Rare Earth 1,200 t/yr = 2,200 t NdFeB ${conv} = ${fmt(usMagnet)} t`,
      notes: 'Nameplate capacity of plants ramping up in 2025–26, not 2024 output.',
    },
    {
      code: 'IN',
      value: inMagnet,
      source: `derived: [IREL-REPM] IREL magnet plant, 3,000 kg/yr ${conv} = ${fmt(inMagnet)} t`,
      notes: 'India imported 53,748 t of magnets in FY2024-25, mostly from China (Reuters).',
    },
    {
      code: 'EE',
      value: eeMagnet,
      source: `derived: [NEO-NARVA] Neo Performance Materials Narva phase 1, ~2,000 t/yr ${conv} = ${fmt(eeMagnet)} t`,
      notes: 'Inaugurated September 2025; phase 2 would take it to 5,000 t/yr.',
    },
  ];
  const recipe = [
    { commodity: 'NdPr', ratio: round(1 - dytbShare, 4) },
    { commodity: 'DyTb', ratio: dytbShare },
  ];
  for (const m of magnets) {
    nodes.push({
      id: nid(m.code, 'magnet'),
      label: `${countryName(m.code)} — sintered NdFeB magnets`,
      stage: 'magnet',
      country: m.code,
      kind: 'process',
      commodity: 'sintered NdFeB magnets',
      capacity: m.value,
      source: `${m.source}. Recipe: ${dytbWhy}`,
      recipe,
      ...(m.notes ? { notes: m.notes } : {}),
    });
  }
  const metalToMagnet: [string, string, string][] = [
    ['CN', 'CN', '[IEA-OCT25] China makes 94% of magnets from its own metal'],
    ['CN', 'JP', '[COURAGE23] Japanese magnet makers buy most of their raw materials from China'],
    ['CN', 'DE', '[MCS25-RE] China is the main source of rare-earth metals and alloys traded'],
    ['CN', 'US', '[MCS25-RE] US imports of rare-earth compounds and metals: China 70% (2020–23)'],
    ['CN', 'IN', '[MCS25-RE] China is the main source of rare-earth metals and alloys traded'],
    ['CN', 'EE', '[MCS25-RE] China is the main source of rare-earth metals and alloys traded'],
    ['JP', 'JP', '[COURAGE23] Japanese magnet makers (TDK, Shin-Etsu, Proterial) make their own alloy'],
    ['US', 'US', '[MP-IND] MP Materials Independence: metal, alloy and magnets on one site'],
    ['ZZ', 'JP', '[COURAGE23] Japan buys the third of its raw materials not from China elsewhere'],
    ['ZZ', 'DE', '[SOLVAY] ex-China oxide and metal for European magnet makers'],
    ['ZZ', 'EE', '[NEO-NARVA] Neo supplies its Narva plant from its own ex-China chain'],
    ['ZZ', 'IN', '[IREL-REPM] IREL feeds its own magnet plant'],
  ];
  // Metal to magnets: NdPr and DyTb side by side, without figures of their own (the separation
  // edges bound the Dy/Tb).
  for (const [from, to, why] of metalToMagnet) {
    pair(from, to, 'metal', 'magnet', why);
    edges.push({ source: nid(from, 'metal'), target: nid(to, 'magnet'), commodity: 'DyTb', citation: why });
  }

  // --- End uses --------------------------------------------------------------------------------
  const ev = t(demand.sectors.get('Electric vehicles')!);
  const wind = t(demand.sectors.get('Wind')!);
  const electronics = round(magnetDemand * 0.3);
  const otherMagnet = t(demand.otherUses) - electronics;
  const nonMagnet = round((magnetDemand * 71) / 29);
  const sinks: ModelNode[] = [
    {
      id: 'ev-motors',
      label: 'EV traction motors',
      stage: 'end-use',
      kind: 'sink',
      demand: ev,
      source: `[IEA-CMD25] magnet rare-earth demand 2024, electric vehicles: ${fmt(ev)} t`,
    },
    {
      id: 'wind-turbines',
      label: 'Wind turbines',
      stage: 'end-use',
      kind: 'sink',
      demand: wind,
      source: `[IEA-CMD25] magnet rare-earth demand 2024, wind: ${fmt(wind)} t`,
    },
    {
      id: 'electronics',
      label: 'Consumer electronics',
      stage: 'end-use',
      kind: 'sink',
      demand: electronics,
      source: `derived: [HVW23] consumer electronics take almost 30% of NdFeB demand × [IEA-CMD25] magnet rare-earth demand 2024 (${fmt(magnetDemand)} t) = ${fmt(electronics)} t`,
    },
    {
      id: 'other-magnet-uses',
      label: 'Industrial motors, defence and other magnet uses',
      stage: 'end-use',
      kind: 'sink',
      demand: otherMagnet,
      source: `derived: [IEA-CMD25] magnet rare-earth demand 2024 for uses other than EVs and wind (${fmt(t(demand.otherUses))} t) less electronics (${fmt(electronics)} t) = ${fmt(otherMagnet)} t`,
      notes: 'Industrial motors and defence are not split out: the sources read give no tonnage for either.',
    },
    {
      id: 'non-magnet-uses',
      label: 'Non-magnet uses (catalysts, glass and polishing, metallurgy, batteries)',
      stage: 'end-use',
      kind: 'sink',
      demand: nonMagnet,
      source: `derived: [IDTECHEX24] magnets are 29% of rare-earth demand by weight, so the other 71% is ${fmt(magnetDemand)} t × 71 / 29 = ${fmt(nonMagnet)} t`,
      notes:
        'Fed directly from the mines: the separation of La, Ce and the other non-magnet rare earths is not modelled.',
    },
  ];
  nodes.push(...sinks);
  for (const m of magnets) {
    for (const sink of ['ev-motors', 'wind-turbines', 'electronics', 'other-magnet-uses']) {
      edges.push({
        source: nid(m.code, 'magnet'),
        target: sink,
        commodity: 'NdFeB magnets',
        citation: 'model structure: end uses are world totals that any magnet maker can serve',
      });
    }
  }
  for (const code of mine.keys()) {
    edges.push({
      source: nid(code, 'mine'),
      target: 'non-magnet-uses',
      commodity: 'other REO',
      citation:
        "model structure: the part of each mine's oxide that is not magnet rare earths (mostly La and Ce) goes to non-magnet uses",
    });
  }

  return assemble({
    name: 'Rare-earth magnets, mine to magnet',
    description:
      'Rare-earth oxide from 13 mining countries to separation, metal and alloy, sintered NdFeB magnets and the magnet end uses, with the non-magnet rare earths split off at the mine. Mine output is USGS 2025e; separation, magnet-stream and demand figures are IEA 2024 (source: IEA, CC BY 4.0). Dy/Tb travel on their own "DyTb" edges next to "NdPr".',
    year: 2025,
    unit: 't REO-equivalent per year',
    stages: ['mining', 'separation', 'metal', 'magnet', 'end-use'],
    nodes,
    edges,
    notes: `Magnet-stage figures are magnet rare-earth content: ${REO_PER_T_MAGNET} t of oxide per t of sintered NdFeB [FACTS-D]. IEA magnet rare-earth tonnages are read as t REO-equivalent. End uses are world totals without a country, so an export control by China also cuts China's own use: read scenario losses as upper bounds.`,
    scenarios: [
      {
        id: 'cn-2025-04-heavy-re-magnets',
        label: 'China controls 7 medium/heavy rare earths and magnets (Apr 2025)',
        date: '2025-04-04',
        description:
          'MOFCOM/GAC No. 18 [2025]: licences for Sm, Gd, Tb, Dy, Lu, Sc and Y and their alloys, including Dy/Tb-bearing magnet alloys. Modelled as a stop of Dy/Tb leaving China and of magnets leaving China (exports fell ~75% within two months). NdPr is not controlled and still flows. In force.',
        source: '[MOFCOM-18]; [MAGFALL25]',
        perturbations: [
          { type: 'export-control', country: 'CN', commodities: ['DyTb'] },
          { type: 'export-control', country: 'CN', stages: ['magnet'] },
        ],
      },
      {
        id: 'cn-2025-10-package',
        label: 'China’s October 2025 package (suspended Nov 2025)',
        date: '2025-10-09',
        description:
          'MOFCOM/GAC Nos. 55–58, 61 and 62 [2025]: five more rare earths (Ho, Er, Tm, Eu, Yb), an extraterritorial rule on foreign goods with ≥0.1% Chinese rare earths, and technology bans — in effect every rare-earth export from China. Suspended on 7 Nov 2025 by No. 70 [2025] until 10 Nov 2026; kept as a what-if.',
        source: '[MOFCOM-OCT25]',
        perturbations: [{ type: 'export-control', country: 'CN' }],
      },
      {
        id: 'myanmar-supply-cut',
        label: 'Myanmar supply cut',
        date: '2024-10',
        description:
          "Myanmar's mines stop, as when an armed group took the Kachin mining hub in October 2024 and China's imports from Myanmar fell by almost a third. Myanmar supplies about half of China's heavy rare-earth feedstock.",
        source: '[REUTERS25]; [REUTERS21]',
        perturbations: [{ type: 'outage', node: 'mm-mine' }],
      },
    ],
  });
}
