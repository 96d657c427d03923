import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { nowIso } from '@/db/clock';
import {
  gatherExportFile,
  type ExportScope,
} from '@/db/exchange/gather-export';
import { markExported } from '@/db/export-state';
import { bundleDeviceName } from '@/db/keys/this-device';
import type { Office } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { Button } from '@/ui/button';
import { useSaveError } from '@/ui/use-save-error';
import { todayIso } from '@/ui/use-today';

import { downloadBundle } from './download';
import { EncryptOption, type Sealing } from './encrypt-option';
import { bundleFileName } from './file-name';
import { useLastExport } from './use-last-export';
import { workerSink } from './worker-sink';

type ScopeKind = ExportScope['kind'];

interface ExportPanelProps {
  office: Office;
  fiscalYear: number;
}

function scopeOf(
  kind: ScopeKind,
  office: Office,
  fiscalYear: number,
): ExportScope {
  if (kind === 'all') return { kind };
  if (kind === 'office') return { kind, officeId: office.id };
  return { kind, officeId: office.id, fiscalYear };
}

/** Saves the data as a bundle file to carry to another laptop or office. */
export function ExportPanel({ office, fiscalYear }: ExportPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [scope, setScope] = useState<ScopeKind>('office-year');
  const [gzip, setGzip] = useState(true);
  const [sealing, setSealing] = useState<Sealing>({ ready: true });
  const { saveError, runSave } = useSaveError();
  const lastExport = useLastExport();
  const scopes: ScopeKind[] = ['office-year', 'office', 'all'];

  const exportNow = () =>
    runSave(async () => {
      const exportedAt = nowIso();
      const now = new Date();
      const { file, seq, offices } = await gatherExportFile(
        scopeOf(scope, office, fiscalYear),
        {
          exportedAt,
          appVersion: __APP_VERSION__,
          device: await bundleDeviceName(navigator.userAgent),
        },
        workerSink(),
      );
      const fileName = bundleFileName({
        // "ทุกหน่วยงาน" only for a file of several offices.
        office: offices.length === 1 ? (offices[0] ?? null) : null,
        fiscalYear: scope === 'office-year' ? fiscalYear : null,
        date: todayIso(now),
        time: {
          hour: now.getHours(),
          minute: now.getMinutes(),
          second: now.getSeconds(),
        },
        gzip,
        encrypted: sealing.passphrase !== undefined,
      });
      await downloadBundle(file, fileName, gzip, sealing.passphrase);
      await markExported(exportedAt, seq);
    });

  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">{t('exchange.export.title')}</h2>
      <p>{t('exchange.export.intro')}</p>
      <fieldset className="form-section">
        <legend>{t('exchange.export.scope')}</legend>
        {scopes.map((kind) => (
          <label key={kind} className="choice">
            <input
              type="radio"
              name="scope"
              checked={scope === kind}
              onChange={() => setScope(kind)}
            />
            {t(`exchange.export.scopes.${kind}`, {
              office: office.name,
              year: format.text(String(fiscalYear)),
            })}
          </label>
        ))}
      </fieldset>
      <label className="choice">
        <input
          type="checkbox"
          checked={gzip}
          onChange={(e) => setGzip(e.target.checked)}
        />
        {t('exchange.export.gzip')}
      </label>
      <EncryptOption onChange={setSealing} />
      {saveError}
      <div className="form-actions">
        <Button
          variant="primary"
          disabled={!sealing.ready}
          onClick={() => void exportNow()}
        >
          {t('exchange.export.button')}
        </Button>
      </div>
      <p className="field-hint">
        {lastExport
          ? t('exchange.export.last', { time: format.timestamp(lastExport) })
          : t('exchange.export.never')}
      </p>
    </section>
  );
}
