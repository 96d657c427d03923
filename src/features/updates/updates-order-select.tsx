import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { saveUpdatesOrder, type UpdatesOrder } from './use-updates-order';

/** Newest or oldest first; the choice is kept on this device. */
export function UpdatesOrderSelect({ order }: { order: UpdatesOrder }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="updates-order">
      <label htmlFor={id}>{t('updates.order')}</label>
      <select
        id={id}
        value={order}
        onChange={(event) =>
          void saveUpdatesOrder(event.target.value as UpdatesOrder)
        }
      >
        <option value="newest">{t('updates.newest')}</option>
        <option value="oldest">{t('updates.oldest')}</option>
      </select>
    </div>
  );
}
