/** WXT's fake browser has no `i18n.getUILanguage`: tests run in English unless one asks for another language. */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
