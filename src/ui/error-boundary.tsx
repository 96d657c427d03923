import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

interface State {
  error: Error | null;
}

/**
 * The last line against a blank screen: an unexpected error shows what
 * happened and a way forward. Saved data is in IndexedDB and is not touched.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <main className="crash" role="alert">
            <h1>{t('crash.title')}</h1>
            <p>{t('crash.message')}</p>
            <pre className="crash-detail">{error.message}</pre>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => location.reload()}
            >
              {t('crash.reload')}
            </button>
          </main>
        )}
      </Translation>
    );
  }
}
