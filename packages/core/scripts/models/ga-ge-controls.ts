/**
 * China's gallium and germanium export licences (Aug 2023)
 * =======================================================
 *
 * One preset shared by the gallium and germanium models.
 */
import type { Scenario } from '../../src/model/schema.ts';

export const GA_GE_2023: Scenario = {
  id: 'cn-2023-08-ga-ge',
  label: 'China’s gallium and germanium export licences (Aug 2023)',
  date: '2023-08-01',
  description:
    'MOFCOM/GAC No. 23 [2023]: licences for gallium and germanium metals and compounds from 1 Aug 2023. A licence requirement, not a ban (first licences ~21 Sep 2023); modelled as a full stop of exports from China (upper bound). In force.',
  source: '[MOFCOM-23]',
  perturbations: [{ type: 'export-control', country: 'CN' }],
};
