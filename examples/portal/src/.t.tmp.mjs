console.log('start');
const m = await import('/work/main/examples/portal/src/test-support.mjs');
console.log('imported');
const portal = await m.startTestPortal();
console.log('started', portal.url);
await portal.cleanup();
