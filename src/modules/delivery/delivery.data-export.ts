/** "Download my data": the parcels of the person's orders, with their tracking events. */
import type { PersonalDataExporter } from '../privacy/personal-data-export.ts';
import { parcelsOfPerson } from './delivery-personal-data.read-model.ts';

export const deliveryDataExport: PersonalDataExporter = {
  module: 'delivery',
  describe: {
    shipments: 'The parcels of your orders: carrier, tracking number, status, expected and delivery dates.',
    shipment_events: 'Each tracking event of those parcels, and who reported it.',
  },
  async datasets(db, userId) {
    const { parcels, events } = await parcelsOfPerson(db, userId);
    return { shipments: parcels, shipment_events: events };
  },
};
