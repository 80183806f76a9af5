import { mount } from 'svelte';
import App from './App.svelte';
import { openWorkspace, browserLang } from './lib/state/persistence.svelte.ts';
import { loadMessages } from './lib/i18n/messages/index.ts';
import './app.css';
import './print.css';

const target = document.getElementById('app');
if (!target) throw new Error('nubecalc: #app element missing from index.html');
// The stored workspace decides the language; only that language's messages are downloaded.
const boot = openWorkspace();
const lang = boot.lang ?? browserLang();
await loadMessages(lang, 'shell');
export default mount(App, { target, props: { boot, lang } });
