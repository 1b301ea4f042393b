// SPDX-License-Identifier: MIT
// The entry point of `npm run dev`: mounts the app (?lang=en for English).
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';

const locale = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi';
document.documentElement.lang = locale;
createRoot(document.getElementById('root')!).render(createElement(App, { locale }));
