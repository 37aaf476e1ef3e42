import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { currentLang, initI18n, setLanguage } from '../../i18n/i18n';
import { LanguageSwitch } from './language-switch';

describe('LanguageSwitch', () => {
  it('offers the other language in its own name and switches to it', async () => {
    initI18n('nl');
    await act(async () => setLanguage('nl'));
    render(<LanguageSwitch />);
    const toEnglish = screen.getByRole('button', { name: 'English' });
    expect(toEnglish.querySelector('[lang]')).toHaveAttribute('lang', 'en');
    await act(async () => fireEvent.click(toEnglish));
    expect(currentLang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: 'Nederlands' })).toBeInTheDocument();
    await act(async () => setLanguage('nl'));
  });
});
