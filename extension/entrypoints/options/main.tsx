/** The options page: sign-in and the tools Sightline runs on. */
import { bootPage } from '../../ui/shared/boot'; // first: sets zod up before any schema is built
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsPage } from '../../ui/options/options-page';
import '../../ui/shared/page.css';

const { client, control } = bootPage();
render(<OptionsPage client={client} control={control} permissions={browser.permissions} />, document.getElementById('app')!);
