/** "Download my data": the person's memberships of seller organisations (not the sellers' books). */
import type { PersonalDataExporter } from '../privacy/personal-data-export.ts';
import { membershipsOfPerson } from './seller-team-personal-data.read-model.ts';

export const sellerTeamDataExport: PersonalDataExporter = {
  module: 'seller-team',
  describe: {
    memberships: 'The seller organisations you work for: shop, your role, integration rights, since when.',
  },
  async datasets(db, userId) {
    return { memberships: await membershipsOfPerson(db, userId) };
  },
};
