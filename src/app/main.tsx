import '@fontsource/sarabun/thai-400.css';
import '@fontsource/sarabun/thai-700.css';
import '@fontsource/sarabun/latin-400.css';
import '@fontsource/sarabun/latin-700.css';
import '@/ui/styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { setupI18n } from '@/i18n/setup';

import { App } from './app';

setupI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
