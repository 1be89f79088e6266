// Chrome's service worker has no page storage (localStorage), where the popup keeps the copy it
// paints its first frame from. When the background deletes everything, it opens this page as an
// offscreen document for a moment (reason LOCAL_STORAGE), which clears it
// (platform/background/page-storage.ts). A plain file: it loads none of the pages' shared code,
// which an offscreen document (no extension API but runtime) has no use for. Firefox's
// background page has page storage itself and never opens it.
// https://developer.chrome.com/docs/extensions/reference/api/offscreen
localStorage.clear();
