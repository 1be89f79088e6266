// A hostile page's probes, run by the stand-in sites to prove that no web page can learn who is
// listed or that the extension is installed. Plain JavaScript, served as is. Each probe reports
// what it saw to the stand-in server (/__probe) with navigator.sendBeacon.
//
//   on a neutral site (/__hostile?probe=frames&handles=a,b): hidden iframes of
//     https://www.instagram.com/<handle>/embed/ for each handle: did each load, did each post
//     its message, and how long did each take? (A listed profile redirected to the pause page
//     would fail to load in the frame: a signal, however quick.)
//   on a neutral site (/__hostile?probe=resources&url=<extension URL>): fetch, <img>, <link>
//     and <script> of the pause page's fixed address.
//   on a supported site (?spy=1, before the site's own script): everything the site's scripts
//     can hear of a stopped visit: every navigate event's destination, every attribute set on
//     <html> and <body>, and the page's own URL as it leaves.
(() => {
  'use strict';
  const params = new URLSearchParams(location.search);
  const report = (body) => navigator.sendBeacon('/__probe', JSON.stringify({ ...body, page: location.href }));

  if (params.get('spy') === '1') {
    const heard = [];
    const attributes = [];
    const navigation = window.navigation;
    if (navigation) navigation.addEventListener('navigate', (event) => heard.push(event.destination.url));
    const observe = (node) => new MutationObserver((records) => {
      for (const r of records) attributes.push({ on: r.target.nodeName, name: r.attributeName, value: r.target.getAttribute(r.attributeName) });
    }).observe(node, { attributes: true });
    observe(document.documentElement);
    document.addEventListener('DOMContentLoaded', () => observe(document.body));
    const send = () => report({ probe: 'spy', heard, attributes, htmlAttributes: document.documentElement.getAttributeNames() });
    window.addEventListener('pagehide', send);
    window.__spy = { heard, attributes, send };
    return;
  }

  // A button that opens a window, as a page may do on any click.
  const opener = document.getElementById('open');
  if (opener && params.get('open')) opener.addEventListener('click', () => window.open(params.get('open')));

  const probe = params.get('probe');
  if (probe === 'frames') {
    const results = {};
    const started = performance.now();
    window.addEventListener('message', (event) => {
      const handle = event.data && event.data.standInEmbed;
      if (handle && results[handle]) results[handle].messageMs = Math.round(performance.now() - started);
    });
    for (const handle of (params.get('handles') || '').split(',').filter(Boolean)) {
      results[handle] = { loadMs: null, messageMs: null };
      const frame = Object.assign(document.createElement('iframe'), { src: `https://www.instagram.com/${handle}/embed/` });
      frame.style.cssText = 'position:absolute;width:1px;height:1px;opacity:0;left:-10px';
      frame.addEventListener('load', () => (results[handle].loadMs = Math.round(performance.now() - started)));
      document.body.append(frame);
    }
    setTimeout(() => report({ probe: 'frames', results }), Number(params.get('wait') || 3000));
    return;
  }

  if (probe === 'resources') {
    const url = params.get('url');
    const results = {};
    const settle = (name, ok) => (results[name] = ok);
    fetch(url).then((r) => settle('fetch', r.status), () => settle('fetch', 'failed'));
    const img = new Image();
    img.onload = () => settle('img', 'loaded');
    img.onerror = () => settle('img', 'error');
    img.src = url;
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: url });
    link.onload = () => settle('link', 'loaded');
    link.onerror = () => settle('link', 'error');
    document.head.append(link);
    const script = Object.assign(document.createElement('script'), { src: url });
    script.onload = () => settle('script', 'loaded');
    script.onerror = () => settle('script', 'error');
    document.head.append(script);
    setTimeout(() => report({ probe: 'resources', results }), 2000);
  }
})();
