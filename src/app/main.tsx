import '@fontsource/sarabun/thai-400.css';
import '@fontsource/sarabun/thai-700.css';
import '@fontsource/sarabun/latin-400.css';
import '@fontsource/sarabun/latin-700.css';
import '@/ui/styles.css';

import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

import { db } from '@/db/app-db';
import { flushDraftsToFallback } from '@/db/drafts';
import { readFirstScreen } from '@/db/first-screen';
import '@/db/upgrade-watch';
import { fiscalYearOf } from '@/domain/fiscal-year';
import { setupI18n } from '@/i18n/setup';
import { todayIso } from '@/ui/use-today';

import { App } from './app';
import { BlockedScreen } from './blocked-screen';
import { RecoveryScreen } from './recovery-screen';
import { firstScreenNeeds, preloadRoute } from './routes';

// The chosen language's words, when not Thai, load beside the database.
const language = setupI18n().catch((error: unknown) => console.error(error));
// A closing tab may not finish an async write: keep waiting drafts synchronously.
window.addEventListener('pagehide', flushDraftsToFallback);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const root = createRoot(container);
const render = (node: ReactNode) =>
  root.render(<StrictMode>{node}</StrictMode>);

// Open the database before the first screen, so a broken or blocked database
// shows a recovery screen instead of a blank page.
// Another tab of an older version may hold the database open: say so
// instead of a blank page; the open completes by itself when it lets go.
db.on('blocked', () => void language.then(() => render(<BlockedScreen />)));
const path = location.pathname;
// A page that fails to load here is loaded again when it is shown.
const page = preloadRoute(path).catch(() => undefined);
db.open().then(
  async () => {
    // The first screen's data is read while its page loads, so the first
    // render shows it; a failed read fails again, visibly, in the screen's
    // own live query.
    const today = todayIso();
    await Promise.all([
      readFirstScreen(fiscalYearOf(today), firstScreenNeeds(path)).catch(
        () => undefined,
      ),
      page,
      language,
    ]);
    render(<App />);
  },
  (error: unknown) => {
    console.error(error);
    void language.then(() => render(<RecoveryScreen error={error} />));
  },
);
