/**
 * Settings: the server to sync with, the login through `_session` (the
 * password goes to the server once and is never kept), and for a
 * consolidator the offices' databases to pull, from the server's list.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import {
  deleteSetting,
  getSetting,
  setSetting,
  type SyncConfig,
} from '@/db/settings';
import { officeDatabases } from '@/sync/consolidate';
import { couchClient, SyncError } from '@/sync/couch-client';
import { syncEngine } from '@/sync/engine';
import { officeDatabase, officeOfDatabase } from '@/sync/protocol';
import { login, logout } from '@/sync/session';
import { Button } from '@/ui/button';
import { Field } from '@/ui/field';

const ROLES: readonly SyncConfig['role'][] = ['office', 'consolidator'];

export function SyncPanel({ officeId }: { officeId: string }) {
  const { t } = useTranslation();
  const config = useLiveQuery(() => getSetting('sync'), [], null);
  return (
    <section className="card" aria-labelledby="sync-title">
      <h2 id="sync-title">{t('sync.title')}</h2>
      <p>{t('sync.intro')}</p>
      {config === null ? (
        <p role="status">{t('common.loading')}</p>
      ) : config ? (
        <Connected config={config} />
      ) : (
        <LoginForm officeId={officeId} />
      )}
    </section>
  );
}

/** The message key of a failed login or listing. */
function errorKey(error: unknown) {
  const kind = error instanceof SyncError ? error.kind : 'server';
  return kind === 'unauthorized'
    ? ('sync.login.wrong' as const)
    : (`sync.status.error.${kind}` as const);
}

function LoginForm({ officeId }: { officeId: string }) {
  const { t } = useTranslation();
  const [server, setServer] = useState('');
  const [role, setRole] = useState<SyncConfig['role']>('office');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const client = couchClient({ server, retries: 0 });
      await login(client, user, password);
      setPassword('');
      await setSetting('sync', {
        server: client.server,
        role,
        ...(role === 'office' ? { officeId } : {}),
        databases: [],
        user,
      });
      syncEngine.reset();
    } catch (e) {
      setError(t(errorKey(e)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)}>
      <Field label={t('sync.server')} hint={t('sync.serverHint')} required>
        {(p) => (
          <input
            {...p}
            type="url"
            value={server}
            onChange={(e) => setServer(e.target.value)}
            required
          />
        )}
      </Field>
      <fieldset className="field">
        <legend className="field-label">{t('sync.role.label')}</legend>
        {ROLES.map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="sync-role"
              checked={role === value}
              onChange={() => setRole(value)}
            />{' '}
            {value === 'office'
              ? t('sync.role.office', { database: officeDatabase(officeId) })
              : t('sync.role.consolidator')}
          </label>
        ))}
      </fieldset>
      <Field label={t('sync.login.user')} required>
        {(p) => (
          <input
            {...p}
            value={user}
            onChange={(e) => setUser(e.target.value)}
            autoComplete="username"
            required
          />
        )}
      </Field>
      <Field
        label={t('sync.login.password')}
        hint={t('sync.login.passwordHint')}
        required
      >
        {(p) => (
          <input
            {...p}
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
            required
          />
        )}
      </Field>
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={busy}>
          {t('sync.login.submit')}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}

function Connected({ config }: { config: SyncConfig }) {
  const { t } = useTranslation();
  const state = syncEngine.state;
  const disconnect = async () => {
    await logout(couchClient({ server: config.server, retries: 0 })).catch(
      () => undefined,
    );
    await deleteSetting('sync');
    syncEngine.reset();
  };
  return (
    <>
      <p>{t('sync.connected', { server: config.server, user: config.user })}</p>
      {config.role === 'consolidator' ? (
        <DatabaseChooser config={config} />
      ) : null}
      {state.refused.length ? (
        <div>
          <p>{t('sync.refused', { count: state.refused.length })}</p>
          <ul>
            {state.refused.slice(0, 20).map((r) => (
              <li key={r.id}>
                {r.id}:{' '}
                {t(
                  `sync.reason.${r.reason === 'notARecord' ? 'notARecord' : 'invalid'}`,
                  { field: r.field ?? '', problem: r.reason },
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="form-actions">
        <Button variant="primary" onClick={() => void syncEngine.syncNow()}>
          {t('sync.now')}
        </Button>
        <Button onClick={() => void disconnect()}>{t('sync.logout')}</Button>
      </div>
    </>
  );
}

function DatabaseChooser({ config }: { config: SyncConfig }) {
  const { t } = useTranslation();
  const [listed, setListed] = useState<string[]>();
  const [error, setError] = useState<string>();
  const load = async () => {
    try {
      setListed(await officeDatabases(couchClient({ server: config.server })));
    } catch (e) {
      setError(t(errorKey(e)));
    }
  };
  const toggle = async (database: string, on: boolean) => {
    const databases = on
      ? [...config.databases, database]
      : config.databases.filter((d) => d !== database);
    await setSetting('sync', { ...config, databases });
  };
  return (
    <fieldset className="field">
      <legend className="field-label">{t('sync.databases')}</legend>
      {listed ? (
        listed.map((database) => (
          <label key={database} className="choice">
            <input
              type="checkbox"
              checked={config.databases.includes(database)}
              onChange={(e) => void toggle(database, e.target.checked)}
            />{' '}
            {officeOfDatabase(database) ?? database}
          </label>
        ))
      ) : (
        <Button onClick={() => void load()}>{t('sync.listDatabases')}</Button>
      )}
      {error ? <p role="alert">{error}</p> : null}
    </fieldset>
  );
}
