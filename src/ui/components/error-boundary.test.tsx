import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initI18n } from '../../i18n/i18n';
import { ErrorBoundary } from './error-boundary';

function Broken(): never {
  throw new Error('kapot');
}

describe('ErrorBoundary', () => {
  it('offers to download the stored answers and to reload when a screen crashes', async () => {
    initI18n('nl');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    localStorage.setItem('zelfscan:current', 's1');
    localStorage.setItem('zelfscan:scan:s1', '{"format":"zelfscan-wijkaanpak/scan"}');
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:x';
    });
    URL.revokeObjectURL = vi.fn();
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Er ging iets mis');
    await userEvent.click(screen.getByRole('button', { name: 'Download mijn antwoorden' }));
    expect(await created[0]?.text()).toBe('{"format":"zelfscan-wijkaanpak/scan"}');
    expect(screen.getByRole('button', { name: 'Pagina opnieuw laden' })).toBeInTheDocument();
  });
});
