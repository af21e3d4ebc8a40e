/** The side panel (Chrome `side_panel`, Firefox `sidebar_action`). */
import { bootPage } from '../../ui/shared/boot'; // first: sets zod up before any schema is built
import { render } from 'preact';
import { SidePanel } from '../../ui/sidepanel/side-panel';
import '../../ui/shared/page.css';

const { client } = bootPage();
render(<SidePanel client={client} />, document.getElementById('app')!);
