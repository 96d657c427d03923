import { Router } from 'wouter';

import { ErrorBoundary } from '@/ui/error-boundary';

import { AppRoutes } from './routes';

export function App() {
  return (
    <ErrorBoundary>
      <Router>
        <AppRoutes />
      </Router>
    </ErrorBoundary>
  );
}
