// SPDX-License-Identifier: MIT
// The entry point of `npm run dev`: mounts the app (?lang=en for English).
import { createApp } from 'vue';
import { App } from './app.js';

const locale = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi';
document.documentElement.lang = locale;
createApp(App, { locale }).mount('#app');
