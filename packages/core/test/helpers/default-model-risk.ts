/**
 * The default model with a yearly disruption probability for each of its producing countries: the
 * input of political-risk.test.ts and of the uncertainty bench. Test inputs, not data (the model
 * itself states no risk; docs/uncertainty.md).
 */
import type { CountryRisk, Model } from '../../src/model/schema.ts';
import { DEFAULT_MODEL_ID, loadModel } from '../../src/models/index.ts';

export const TEST_RISK: Readonly<Record<string, number>> = {
  CN: 0.1,
  MM: 0.2,
  MY: 0.05,
  US: 0.02,
  AU: 0.02,
  TH: 0.08,
  IN: 0.05,
  VN: 0.06,
  BR: 0.05,
  MG: 0.12,
  RU: 0.15,
  NG: 0.15,
};

/** The default model with TEST_RISK for the countries it has nodes in; `source` names the use. */
export function defaultModelWithRisk(source: string): Model {
  const base = loadModel(DEFAULT_MODEL_ID);
  const present = new Set(base.nodes.map((n) => n.country));
  return {
    ...base,
    countryRisk: Object.entries(TEST_RISK)
      .filter(([c]) => present.has(c as CountryRisk['country']))
      .map(([country, probability]) => ({
        country: country as CountryRisk['country'],
        probability,
        source,
      })),
  };
}
