import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Trans } from 'react-i18next';
import i18next from 'i18next';
import { currentScanText } from '../../storage/peek';
import { downloadBlob, isoDate } from '../download';

interface State {
  error: Error | null;
}

/** Rescues the user's answers when a screen crashes: download them as they are stored, or reload. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  private download = async () => {
    const raw = await currentScanText();
    if (raw)
      downloadBlob(new Blob([raw], { type: 'application/json' }), `zelfscan-antwoorden-${isoDate()}.json`);
  };

  override render() {
    if (!this.state.error) return this.props.children;
    const t = i18next.t.bind(i18next);
    return (
      <div className="utrecht-alert utrecht-alert--error" role="alert">
        <h1 className="utrecht-heading-1">{t('error.title')}</h1>
        <p className="utrecht-paragraph">
          <Trans i18nKey="error.body" />
        </p>
        <div className="utrecht-button-group">
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => void this.download()}
          >
            {t('error.download')}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => window.location.reload()}
          >
            {t('error.reload')}
          </button>
        </div>
      </div>
    );
  }
}
