// The stand-in site's service worker: answers every navigation from its cache, like sites that
// serve their app shell offline. Requests it answers never reach the network, so
// declarativeNetRequest rules cannot see them; only the extension's content script can.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open('shell')
      .then((cache) => cache.add('/__shell'))
      .then(() => self.skipWaiting()),
  );
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  if (event.request.mode !== 'navigate') return;
  event.respondWith(caches.match('/__shell').then((cached) => cached || fetch(event.request)));
});
