/**
 * Light and dark: the system's preference unless the viewer picks one, remembered on this
 * device. The choice is a `data-theme` attribute on <html> that the stylesheet reads, and the
 * `theme` attribute of every embedded widget.
 */
import { effect, signal } from '@preact/signals';

export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
const STORAGE_KEY = 'sightline.console.theme';

const saved = (): ThemeChoice => {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return THEME_CHOICES.includes(value as ThemeChoice) ? (value as ThemeChoice) : 'system';
  } catch {
    return 'system';
  }
};

export const theme = signal<ThemeChoice>(typeof window === 'undefined' ? 'system' : saved());

export function setTheme(choice: ThemeChoice): void {
  theme.value = choice;
  try {
    localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage refused (a private window): the choice lasts for this page.
  }
}

/** The widget `theme` attribute for the current choice (none: the widget follows the system). */
export const widgetTheme = (choice: ThemeChoice) => (choice === 'system' ? undefined : choice);

/** Mirrors the choice onto <html>; returns the disposer. */
export const applyTheme = (root: HTMLElement) =>
  effect(() => {
    if (theme.value === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme.value);
  });
